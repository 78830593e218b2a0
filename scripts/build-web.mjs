#!/usr/bin/env node
// Builds the web app when its build is missing or older than its sources, so `npm start` always
// serves the current app. The sources' content hash is kept beside the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
const stampFile = join(web, 'dist/.source-hash');
const inputs = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/sdk/src',
  'packages/contracts/src',
];

function files(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => files(join(path, entry)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap((input) => files(join(root, input)))) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const sourceHash = hash.digest('hex');

if (
  !process.argv.includes('--force') &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === sourceHash
) {
  process.exit(0);
}
console.log('Building the web app (apps/web)…');
const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
  cwd: web,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, sourceHash);
