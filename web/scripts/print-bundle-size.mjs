// Prints every JS/CSS asset of the build with raw and gzip sizes, and fails when the JavaScript the first
// page loads (entry chunk + its static imports) exceeds the budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const assetsDir = path.join(dist, 'assets');

if (!existsSync(assetsDir)) {
  console.error(`No build found in ${dist}; run \`vite build\` first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files (relative to dist) the first page loads: from the Vite manifest, else from index.html's tags. */
function firstPageFiles() {
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
    if (!entry) throw new Error('the Vite manifest has no entry chunk');
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(entry);
    return files;
  }
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  return new Set(refs);
}

const firstPage = firstPageFiles();
const rows = readdirSync(assetsDir)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const content = readFileSync(path.join(assetsDir, name));
    const file = `assets/${name}`;
    return {
      file,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      first: firstPage.has(file),
    };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

const width = Math.max(...rows.map((row) => row.file.length), 'asset'.length);
const line = (file, raw, gzip, first) =>
  `${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}  ${first}`;

console.log(line('asset', 'raw', 'gzip', 'first page'));
console.log('-'.repeat(width + 38));
for (const row of rows) console.log(line(row.file, kb(row.raw), kb(row.gzip), row.first ? 'yes' : ''));
console.log('-'.repeat(width + 38));

const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const js = rows.filter((row) => row.file.endsWith('.js'));
const firstJs = js.filter((row) => row.first);
const firstCss = rows.filter((row) => row.first && row.file.endsWith('.css'));
console.log(line('all JavaScript', kb(sum(js, 'raw')), kb(sum(js, 'gzip')), ''));
console.log(
  line(
    'first page JavaScript',
    kb(sum(firstJs, 'raw')),
    kb(sum(firstJs, 'gzip')),
    `budget ${kb(BUDGET_BYTES)} gzip`,
  ),
);
console.log(line('first page CSS', kb(sum(firstCss, 'raw')), kb(sum(firstCss, 'gzip')), ''));

if (sum(firstJs, 'gzip') > BUDGET_BYTES) {
  console.error(
    `\nThe first page loads ${kb(sum(firstJs, 'gzip'))} of gzipped JavaScript, over the ${kb(BUDGET_BYTES)} budget.`,
  );
  process.exit(1);
}
