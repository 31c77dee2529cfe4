// Builds the server into server/dist for plain `node` (no tsx at run time): main.js (API), worker.js,
// migrate.js and seed.js, plus shared chunks, source maps and the data files that lie beside the sources.
//
// esbuild bundles our own code and the workspace package @zamena/shared, whose `exports` point at .ts
// sources; every package of server/package.json `dependencies` stays an import, resolved from
// node_modules at run time. (tsc would emit the sources' extensionless relative imports and the
// `@zamena/shared/*` → .ts imports unchanged, and plain Node ESM resolves neither.)
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const SERVER = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(SERVER, 'src');
const OUT = path.join(SERVER, 'dist');
const ENTRIES = { main: 'main.ts', worker: 'worker.ts', migrate: 'db/migrate.ts', seed: 'db/seed.ts' };

const { dependencies } = JSON.parse(readFileSync(path.join(SERVER, 'package.json'), 'utf8'));
const workspacePackage = (name) => name.startsWith('@zamena/');
const external = Object.keys(dependencies).filter((name) => !workspacePackage(name));

/**
 * All output lies directly in dist/, so `import.meta.url` would name a chunk. Each source module sees
 * instead the address it would have in a dist/ that mirrors src/ (src/db/seed.ts → dist/db/seed.js),
 * and the data files beside the sources are copied there: `new URL('./trade-terms.txt', import.meta.url)`
 * and '../../../migrations' resolve from dist/ as they do from src/ (src/ and dist/ are both one level
 * below server/).
 */
const importMetaAsInSource = {
  name: 'import-meta-as-in-source',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta')) return { contents: source, loader: 'ts' };
      const relative = path.relative(SRC, args.path);
      if (relative.startsWith('..')) {
        return { errors: [{ text: `${args.path}: import.meta is only supported in server/src` }] };
      }
      if (/\bimport\.meta\.(dirname|filename)\b/.test(source)) {
        return {
          errors: [{ text: `${relative}: use import.meta.url (dirname/filename are not rewritten)` }],
        };
      }
      const asInSource = `./${relative.split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
      const contents = source.replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(asInSource)}, import.meta.url).href`,
      );
      return { contents, loader: 'ts' };
    });
  },
};

/** Copies every file of src/ that is not TypeScript (dictionaries, reference data) to the same place in dist/. */
function copyDataFiles(dir = SRC) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) copyDataFiles(from);
    else if (!entry.name.endsWith('.ts')) cpSync(from, path.join(OUT, path.relative(SRC, from)));
  }
}

rmSync(OUT, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: SERVER,
  entryPoints: Object.entries(ENTRIES).map(([out, entry]) => ({ in: path.join(SRC, entry), out })),
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external,
  plugins: [importMetaAsInSource],
  // No keepNames: its wrapper around every named inner function costs in the matching hot paths
  // (docs/benchmarks.md). Bundling renames only a top-level name two modules share (`DAY_MS2`).
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

const packageOf = (input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
const bundled = [...new Set(Object.keys(result.metafile.inputs).map(packageOf).filter(Boolean))];
const nested = Object.keys(result.metafile.outputs).filter(
  (output) => path.dirname(path.resolve(SERVER, output)) !== OUT,
);
const problems = [
  ...(bundled.length > 0 ? [`add to server/package.json dependencies: ${bundled.join(', ')}`] : []),
  ...(nested.length > 0 ? [`every output must lie directly in dist/: ${nested.join(', ')}`] : []),
];
if (problems.length > 0) {
  // No half-good dist/ that `npm start` would take for up to date.
  rmSync(OUT, { recursive: true, force: true });
  for (const problem of problems) console.error(`server build: ${problem}`);
  process.exit(1);
}
copyDataFiles();
