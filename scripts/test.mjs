#!/usr/bin/env node
// Runs every suite (backend, frontend, end-to-end) even when one fails, then prints one line:
// "N passed, N failed[, N skipped]". Exits non-zero when anything failed or a suite crashed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = resolve(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

const vitest = (workspace) => [
  'npm',
  [
    'exec',
    '-w',
    workspace,
    '--',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/${workspace}.json`,
  ],
];

const suites = [
  { name: 'backend', report: 'backend.json', command: vitest('backend') },
  { name: 'frontend', report: 'frontend.json', command: vitest('frontend') },
  {
    name: 'e2e',
    report: 'e2e.json',
    before: ['npm', ['run', 'build']],
    command: ['npx', ['playwright', 'test', '--reporter=list,json']],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
  },
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;

for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  if (suite.before && run(...suite.before) !== 0) {
    console.error(`${suite.name}: the build before the suite failed`);
    crashed = true;
    continue;
  }
  const status = run(...suite.command, suite.env);
  const counts = readCounts(resolve(reports, suite.report));
  if (!counts) {
    console.error(`${suite.name}: no report was written (exit ${status})`);
    crashed = true;
    continue;
  }
  if (status !== 0 && counts.failed === 0) crashed = true;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed + (crashed ? 1 : 0)} failed${skipped}`);
process.exit(totals.failed > 0 || crashed ? 1 : 0);

function readCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    // Playwright: a test that passed on retry counts as passed (it is reported as flaky).
    const { expected, unexpected, flaky, skipped } = report.stats;
    return { passed: expected + flaky, failed: unexpected, skipped };
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}
