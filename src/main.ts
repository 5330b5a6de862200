import './app/plan-app';
