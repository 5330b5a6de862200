/**
 * Counts the tools (measuring, sketching, placing what-if points) that take
 * map clicks, so a click adds their point instead of selecting a plan
 * feature. Holds nest; each release works once.
 */
export class PointerHolds {
  private count = 0;

  get held(): boolean {
    return this.count > 0;
  }

  /** Takes a hold; returns its release function. */
  hold(): () => void {
    this.count++;
    let active = true;
    return () => {
      if (active) this.count--;
      active = false;
    };
  }
}
