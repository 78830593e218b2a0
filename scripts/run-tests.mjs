#!/usr/bin/env node
// Runs every *.test.ts under apps/, packages/ and e2e/ with Node's test runner (through tsx).
// Pass paths to run a subset: node scripts/run-tests.mjs packages/core
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['packages', 'apps', 'e2e'];

function findTests(path, found = []) {
  if (statSync(path).isFile()) {
    if (path.endsWith('.test.ts')) found.push(path);
    return found;
  }
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    findTests(join(path, entry), found);
  }
  return found;
}

const files = roots.flatMap((root) => findTests(root)).sort();
if (files.length === 0) {
  console.error('No test files found');
  process.exit(1);
}
// The spec reporter is for people; the TAP copy gives the closing "N passed, N failed" line.
const tapDir = mkdtempSync(join(tmpdir(), 'parley-tap-'));
const tapFile = join(tapDir, 'results.tap');
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    // A hung test fails after 3 minutes, so CI reports it instead of waiting out its own limit.
    '--test-timeout=180000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
const tap = readFileSync(tapFile, 'utf8');
rmSync(tapDir, { recursive: true, force: true });
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
console.log(
  `${count('pass')} passed, ${count('fail') + count('cancelled')} failed, ${count('skipped')} skipped`,
);
process.exit(result.status ?? 1);
