import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/** Another port lets two checkouts run their browser tests side by side. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4179);

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/**
 * Once for the whole browser stage: serves dist/ with vite preview (its own process group, stopped by
 * its PID afterwards). The one Chromium is started by the first spec (`launchBrowser()` in browser.ts).
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm run test:browser does).');
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${PREVIEW_PORT}/`;
  try {
    await waitForServer(url, 30_000);
  } catch (e) {
    stopServer(server);
    throw e;
  }
  project.provide('baseUrl', url);
  return () => stopServer(server);
}

function stopServer(server: ChildProcess) {
  if (!server.pid) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
