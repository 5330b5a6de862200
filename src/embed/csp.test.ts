import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { crossOriginCsp, sameOriginCsp } from './csp';

const doc = readFileSync('README.md', 'utf8');

test('README.md documents exactly the policies the browser tests use', () => {
  expect(doc).toContain(`Content-Security-Policy: ${sameOriginCsp()}`);
  expect(doc).toContain(`Content-Security-Policy: ${crossOriginCsp('https://maps.example')}`);
});

test('the policies allow no eval and no inline script or style', () => {
  for (const p of [sameOriginCsp(), crossOriginCsp('https://maps.example')]) {
    expect(p).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval/);
    expect(p).toMatch(/^default-src 'none'; script-src /);
  }
});
