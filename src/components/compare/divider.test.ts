import { expect, test } from 'vitest';
import { clampPosition, dividerKey, pointerPosition } from './divider';

test('arrow keys step, PageUp/PageDown jump, Home/End go to the edges', () => {
  expect(dividerKey(50, 'ArrowLeft')).toBe(48);
  expect(dividerKey(50, 'ArrowRight')).toBe(52);
  expect(dividerKey(50, 'ArrowUp', 5)).toBe(55);
  expect(dividerKey(50, 'PageDown')).toBe(40);
  expect(dividerKey(50, 'PageUp', 5)).toBe(75);
  expect(dividerKey(37, 'Home')).toBe(0);
  expect(dividerKey(37, 'End')).toBe(100);
});

test('the position stays within 0–100 and other keys do nothing', () => {
  expect(dividerKey(1, 'ArrowLeft')).toBe(0);
  expect(dividerKey(99, 'PageUp')).toBe(100);
  expect(dividerKey(50, 'a')).toBeUndefined();
  expect(dividerKey(50, 'Enter')).toBeUndefined();
});

test('pointer position is the share of the width, to a tenth of a percent', () => {
  expect(pointerPosition(300, 100, 800)).toBe(25);
  expect(pointerPosition(50, 100, 800)).toBe(0);
  expect(pointerPosition(1000, 100, 800)).toBe(100);
  expect(pointerPosition(333, 0, 1000)).toBe(33.3);
  expect(pointerPosition(10, 0, 0)).toBe(50);
});

test('clamp turns junk into the middle', () => {
  expect(clampPosition(Number.NaN)).toBe(50);
  expect(clampPosition(-5)).toBe(0);
  expect(clampPosition(12.345)).toBe(12.3);
});
