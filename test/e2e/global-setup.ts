/**
 * Builds the app once and serves dist/ with `vite preview` for the browser
 * tests; the URL reaches tests through `inject('baseUrl')`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
  // A private build folder, so parallel runs never read each other's half-written dist/.
  const outDir = process.env.E2E_DIST ?? `.tmp/e2e-dist-${process.pid}`;
  if (!process.env.E2E_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test, which would make Vite build in development mode.
    const env = { ...process.env, NODE_ENV: 'production' };
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('vite build failed; the browser tests need a build');
  }
  const port = await freePort();
  server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForHttp(baseUrl, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server?.kill();
    if (!process.env.E2E_DIST) rmSync(outDir, { recursive: true, force: true });
  };
}
