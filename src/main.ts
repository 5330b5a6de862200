import './app/plan-app';
// The coverage panel (issue 5): defined here so the app shell or a host page can mount <plan-coverage-panel>.
import './components/plan-coverage-panel';
