// npm start: install if needed, build what is out of date (web client, server), migrate, seed, load the
// demo exchange when DEMO=1, then run the compiled API + worker on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
/** The newest modification time of the files under the given paths. */
const newest = (paths) =>
  Math.max(
    0,
    ...paths.map((p) => {
      if (!existsSync(p)) return 0;
      if (!statSync(p).isDirectory()) return mtime(p);
      return newest(readdirSync(p).map((name) => path.join(p, name)));
    }),
  );
const outOfDate = (output, inputs) => mtime(output) < newest(inputs);

if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
const common = ['shared/src', 'package-lock.json'];
const webInputs = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/package.json'];
if (outOfDate('web/dist/index.html', [...webInputs, ...common])) {
  run('npm', ['run', 'build', '--silent', '-w', 'web']);
}
if (outOfDate('server/dist/main.js', ['server/src', 'server/build.mjs', 'server/package.json', ...common])) {
  console.log('Building the server…');
  run('npm', ['run', 'build', '--silent', '-w', 'server']);
}

// Stack traces name the TypeScript sources (server/dist holds the source maps).
const node = (script) => [process.execPath, ['--enable-source-maps', script]];
run(...node('server/dist/migrate.js'));
run(...node('server/dist/seed.js'));
// The demo loader is a development script run from its TypeScript sources (as `npm run demo` does).
if (process.env.DEMO === '1') run(process.execPath, ['--import', 'tsx', 'server/scripts/demo/run.ts']);

const children = [
  spawn(...node('server/dist/main.js'), { stdio: 'inherit' }),
  spawn(...node('server/dist/worker.js'), { stdio: 'inherit' }),
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
