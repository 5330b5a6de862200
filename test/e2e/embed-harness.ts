/**
 * Two origins for the widget's browser tests. The widget origin is
 * `vite preview` over a private folder holding a fresh widget build
 * (`embed/`) next to the project's built data (`data/`, `tiles/`), the same
 * layout as `dist/` after `npm run build`; nothing is written to the shared
 * dist/. The host origin is a small node:http server that serves test pages
 * with the Content-Security-Policy each test asks for, plus a same-origin
 * copy of the widget under a sub-path (`/site/embed/`, `/site/data/`, …).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as netServer } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = netServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms`);
}

/** Builds the widget into `<dir>/embed` and links the built data (and the example pages) beside it, as in dist/. */
export function buildWidget(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--config', 'vite.embed.config.ts', '--outDir', join(dir, 'embed'), '--emptyOutDir', '--logLevel', 'warn'],
    // The test runner sets NODE_ENV=test, which would make a development build.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error('the widget build failed');
  for (const sub of ['data', 'tiles', 'examples']) {
    const target = resolve('public', sub);
    if (!existsSync(target)) throw new Error(`public/${sub} is missing; run "npm run data" first`);
    symlinkSync(target, join(dir, sub));
  }
}

/** `vite preview` over `dir`: the widget's own origin (it sends CORS headers for 127.0.0.1 pages). */
export async function startWidgetOrigin(dir: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const proc: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(`${url}embed/plan-map.js`, 30_000);
  return { url, close: () => proc.kill() };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.fgb': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface HostPage {
  html: string;
  /** Sent as the `Content-Security-Policy` header. */
  csp?: string;
}

/** The host origin: test pages by path, and static folders by URL prefix (with HTTP range requests). */
export class HostServer {
  readonly pages = new Map<string, HostPage>();
  url = '';
  private server?: Server;

  constructor(private readonly mounts: Record<string, string> = {}) {}

  async start(): Promise<this> {
    const port = await freePort();
    this.server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = this.pages.get(path);
      if (page) {
        res.writeHead(200, {
          'content-type': MIME['.html'],
          'cache-control': 'no-store',
          ...(page.csp ? { 'content-security-policy': page.csp } : {}),
        });
        res.end(page.html);
        return;
      }
      const prefix = Object.keys(this.mounts).find((p) => path.startsWith(p));
      const file = prefix && normalize(join(this.mounts[prefix], path.slice(prefix.length)));
      if (!prefix || !file || !file.startsWith(this.mounts[prefix]) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      const size = statSync(file).size;
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes' };
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
        res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
        createReadStream(file, { start, end }).pipe(res);
        return;
      }
      res.writeHead(200, { ...headers, 'content-length': size });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((ok) => this.server!.listen(port, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  /** Registers a page and returns its URL. */
  page(path: string, html: string, csp?: string): string {
    this.pages.set(path, { html, csp });
    return new URL(path.slice(1), this.url).href;
  }

  close(): Promise<void> {
    return new Promise((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

/** The Vite dev server over the project (for test pages that use unbundled components). */
export async function startDevServer(): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const proc: ChildProcess = spawn('node_modules/.bin/vite', ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, 60_000);
  return { url, close: () => proc.kill() };
}
