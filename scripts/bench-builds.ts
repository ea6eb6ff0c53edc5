/**
 * Two production builds for a side-by-side benchmark: this checkout's dist/ and an earlier commit's,
 * built once into a cache folder (git archive of the commit + this checkout's node_modules), and a
 * small static file server that serves both the same way.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

/** The build the "earlier" column is measured on (main when issue 22 started). */
export const DEFAULT_BASE_COMMIT = '58afd24';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** The earlier commit's dist/, built on first use and kept in the OS temp folder. */
export function earlierBuild(commit = process.env.BENCH_BASE ?? DEFAULT_BASE_COMMIT): { label: string; dist: string } | undefined {
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--short', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    console.log(`(no earlier build: commit ${commit} is not in this clone)`);
    return undefined;
  }
  const dir = join(tmpdir(), `techscreen-bench-${sha}`);
  const dist = join(dir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`building the earlier build (${sha}) into ${dist} …`);
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`]);
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  }
  return { label: `earlier (${sha})`, dist };
}

/** Serves a folder as a static site (no compression, no caching headers), like a plain file host. */
export function serveFolder(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** Files the service worker precaches on install, and their total size. */
export function precacheOf(dist: string): { files: number; bytes: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  return { files: urls.length, bytes: urls.reduce((n, u) => n + (existsSync(join(dist, u)) ? statSync(join(dist, u)).size : 0), 0) };
}
