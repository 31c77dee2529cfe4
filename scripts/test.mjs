// npm test: build the web client (browser tests drive it), run every Vitest project, print the counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT = 'node_modules/.cache/vitest-report.json';
const extraArgs = process.argv.slice(2);

const build = spawnSync('npm', ['run', 'build', '--silent', '-w', 'web'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('node_modules/.cache', { recursive: true });
rmSync(REPORT, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...extraArgs],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 1;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests;
  // A file that fails to load has no failed tests but a failed suite: count it once.
  failed = report.numFailedTests || report.numFailedTestSuites || 0;
} catch {
  console.error('no Vitest report was written');
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
