// npm start: install if needed, build the web client, migrate, seed, then run API + worker on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
if (process.env.SKIP_WEB_BUILD !== '1') run('npm', ['run', 'build', '--silent', '-w', 'web']);
run('node', ['--import', 'tsx', 'server/src/db/migrate.ts']);
run('node', ['--import', 'tsx', 'server/src/db/seed.ts']);

const children = [
  spawn('node', ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit' }),
  spawn('node', ['--import', 'tsx', 'server/src/worker.ts'], { stdio: 'inherit' }),
];
let exiting = false;
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    exiting = true;
    stopAll(signal);
  });
}
for (const child of children) {
  child.on('exit', (code) => {
    if (!exiting) {
      exiting = true;
      console.error(`a Zamena process exited (code ${code}); stopping the other`);
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
