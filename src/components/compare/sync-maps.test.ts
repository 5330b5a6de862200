import { expect, test } from 'vitest';
import { syncMaps, type SyncableMap } from './sync-maps';

/** A map stand-in whose jumpTo fires `move` synchronously, like MapLibre's. */
class FakeMap implements SyncableMap {
  center = { lng: 0, lat: 0 };
  zoom = 0;
  bearing = 0;
  pitch = 0;
  jumps = 0;
  private listeners = new Set<() => void>();
  on(_: 'move', fn: () => void) {
    this.listeners.add(fn);
  }
  off(_: 'move', fn: () => void) {
    this.listeners.delete(fn);
  }
  jumpTo(c: { center: { lng: number; lat: number } | [number, number]; zoom: number; bearing: number; pitch: number }) {
    this.jumps++;
    this.center = Array.isArray(c.center) ? { lng: c.center[0], lat: c.center[1] } : { ...c.center };
    Object.assign(this, { zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });
    this.listeners.forEach((f) => f());
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  getBearing() {
    return this.bearing;
  }
  getPitch() {
    return this.pitch;
  }
  /** A user pan: the camera changes, then `move` fires. */
  pan(lng: number, lat: number, zoom = this.zoom) {
    this.center = { lng, lat };
    this.zoom = zoom;
    this.listeners.forEach((f) => f());
  }
}

test('moving either map moves the other to the same camera', () => {
  const a = new FakeMap();
  const b = new FakeMap();
  syncMaps([a, b]);
  a.pan(111, 34, 9);
  expect(b.getCenter()).toEqual({ lng: 111, lat: 34 });
  expect(b.getZoom()).toBe(9);
  b.bearing = 30;
  b.pan(110.5, 33.8);
  expect(a.getCenter()).toEqual({ lng: 110.5, lat: 33.8 });
  expect(a.getBearing()).toBe(30);
});

test('no feedback loop: one user move causes exactly one jump per other map', () => {
  const maps = [new FakeMap(), new FakeMap(), new FakeMap()];
  syncMaps(maps);
  maps[0].pan(111, 34);
  expect(maps.map((m) => m.jumps)).toEqual([0, 1, 1]);
});

test('stopping the sync leaves the maps independent', () => {
  const a = new FakeMap();
  const b = new FakeMap();
  const stop = syncMaps([a, b]);
  stop();
  a.pan(111, 34);
  expect(b.getCenter()).toEqual({ lng: 0, lat: 0 });
});
