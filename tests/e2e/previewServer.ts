// Builds the app and serves it with `vite preview` on a free loopback port. The server runs in its
// own process group, so stopping it also stops anything it spawned; a process-exit hook makes sure
// no server outlives the test run, even when the run fails or is interrupted.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

// Vite's package exports hide its bin script, but its package.json is public and sits beside it.
const VITE_BIN = join(
  dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin',
  'vite.js',
);
const READY_TIMEOUT_MS = 30_000;

export interface PreviewServer {
  readonly url: string;
  readonly stop: () => void;
}

/**
 * Builds what `npm run build` ships (the app, the embed route and the embed scripts, see
 * scripts/buildAll.ts) and throws with its output when it fails.
 */
export function buildApp(): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/buildAll.ts', '--quiet'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Asks the OS for a free port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // The group is already gone.
  }
}

/** Starts `vite preview` for dist/ and resolves once it answers HTTP. */
export async function startPreviewServer(): Promise<PreviewServer> {
  return startVite('preview');
}

/** Starts Vite in `preview` (the built app) or `dev` (modules served from source) mode. */
export async function startVite(mode: 'preview' | 'dev'): Promise<PreviewServer> {
  const port = await findFreePort();
  const command = mode === 'preview' ? ['preview'] : [];
  const args = [
    VITE_BIN,
    ...command,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = (): void => killGroup(child);
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url, stop };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${READY_TIMEOUT_MS} ms`);
}
