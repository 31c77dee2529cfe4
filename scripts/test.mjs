// npm test: build the web client, run the unit and integration tiers, then the browser tier on its own
// (so Chromium does not compete with the integration tests for the CPU), and print the counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT_DIR = 'node_modules/.cache';
const extraArgs = process.argv.slice(2);

const build = spawnSync('npm', ['run', 'build', '--silent', '-w', 'web'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
mkdirSync(REPORT_DIR, { recursive: true });

function runTier(name, projects) {
  const report = `${REPORT_DIR}/vitest-${name}.json`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  const run = spawnSync(
    'npx',
    [
      ...args,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extraArgs,
    ],
    { stdio: 'inherit' },
  );
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    // A file that fails to load has no failed tests but a failed suite: count it once.
    const failed = result.numFailedTests || result.numFailedTestSuites || 0;
    return { passed: result.numPassedTests, failed: run.status === 0 ? failed : Math.max(failed, 1) };
  } catch {
    console.error(`no Vitest report was written for the ${name} tier`);
    return { passed: 0, failed: 1 };
  }
}

const tiers = [runTier('unit-int', ['unit', 'int']), runTier('browser', ['browser'])];
const passed = tiers.reduce((sum, t) => sum + t.passed, 0);
const failed = tiers.reduce((sum, t) => sum + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
