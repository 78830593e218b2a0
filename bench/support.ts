import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { exited, freePort, startServerProcess } from '../apps/server/src/test-support/server-process.js';

export interface BenchServer {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Parley as `npm start` runs it, on SQLite in a fresh data directory. */
export async function startBenchServer(extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const port = await freePort();
  const child = await startServerProcess(
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      PARLEY_DATA_DIR: dataDir,
      PARLEY_ENV: 'development',
      LOG_LEVEL: 'warn',
      // Benches sign up hundreds of accounts from one address.
      PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR: '1000000',
      ...extraEnv,
    },
    profileArgs(),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** PARLEY_BENCH_PROFILE=dir writes a CPU profile of the server there, for finding hot spots. */
function profileArgs(): string[] {
  const dir = process.env.PARLEY_BENCH_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Latency percentiles in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** Writes a result with the machine it ran on to bench/results/<name>.json. */
export function writeResult(name: string, result: Record<string, unknown>): void {
  const dir = new URL('./results/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    freeMemoryBytes: freemem(),
    node: process.version,
  };
  const body = { name, at: new Date().toISOString(), machine, ...result };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\n${name}: ${JSON.stringify(result)}`);
}

/** A one-line progress bar on stderr for long runs. */
export function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done >= total) process.stderr.write('\n');
}
