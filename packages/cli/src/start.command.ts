import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BUILD_WEB = fileURLToPath(new URL('../../../scripts/build-web.mjs', import.meta.url));
const SERVER_MAIN = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

/** `parley start`: what `npm start` runs, with the signals passed on so shutdown stays graceful. */
export async function runStartCommand(args: readonly string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('parley start takes no arguments: configure it through the environment\n');
    return 2;
  }
  const build = spawnSync(process.execPath, [BUILD_WEB], { stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const server = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), SERVER_MAIN], {
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => server.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
