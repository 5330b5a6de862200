import type { MapController } from '../map/map-controller';
import { captureState, type ShellState } from './app-state';
import { serializePermalink } from './permalink';

/**
 * Keeps the URL hash in step with the map as the user works: debounced,
 * with `history.replaceState` so panning does not fill the back button.
 */
export class PermalinkSync {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly onChange = () => this.schedule();

  constructor(
    private readonly ctrl: MapController,
    private readonly shell: () => ShellState,
    private readonly delay = 400,
  ) {}

  start(): void {
    this.ctrl.addEventListener('change', this.onChange);
    this.ctrl.addEventListener('view-change', this.onChange);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.ctrl.removeEventListener('change', this.onChange);
    this.ctrl.removeEventListener('view-change', this.onChange);
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), this.delay);
  }

  /** Writes the hash now; returns it. */
  write(): string {
    clearTimeout(this.timer);
    const hash = serializePermalink(captureState(this.ctrl, this.shell()));
    if (location.hash.replace(/^#/, '') !== hash) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
    }
    return hash;
  }
}
