import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { ru } from './locales/ru';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const ruKeys = flatten(ru as unknown as Tree);
const enKeys = flatten(en as unknown as Tree);

describe('locales', () => {
  it('has the same keys in Russian and English', () => {
    const missingInEn = [...ruKeys.keys()].filter((key) => !enKeys.has(key));
    const missingInRu = [...enKeys.keys()].filter((key) => !ruKeys.has(key));
    expect({ missingInEn, missingInRu }).toEqual({ missingInEn: [], missingInRu: [] });
  });

  it('has no empty strings', () => {
    const empty = [...ruKeys, ...enKeys].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A plural key is used without its suffix: `t('x', { count })` reads `x_one`, `x_other`, … */
const exists = (key: string) => ruKeys.has(key) || ruKeys.has(`${key}_other`);

describe('keys used in the code', () => {
  it('finds every literal t(…) key of web/src in the Russian locale', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      // Literal keys only (`t('a.b')`, `t("a.b")`, i18n.t(...)); keys built at run time are checked by their pages' tests.
      for (const match of text.matchAll(/\bt\(\s*['"]([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)+)['"]/g)) {
        used += 1;
        const key = match[1] ?? '';
        if (!exists(key)) missing.push(`${file.slice(SRC.length)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
