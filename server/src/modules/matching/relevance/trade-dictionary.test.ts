import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate, parseTradeDictionary, type TradeDictionary } from './trade-dictionary';
import { tokenize } from './words';

const dictionary = parseTradeDictionary(readFileSync(new URL('./trade-terms.txt', import.meta.url), 'utf8'));

/** The words and concepts of a text after the dictionary (the words a concept stands for left out). */
const termsOf = (text: string, d: TradeDictionary = dictionary) =>
  annotate(tokenize(text), d).flatMap((term) => (term.kind === 'word' && !term.consumed ? [term.stem] : []));
const conceptOf = (text: string) => {
  const [term, ...rest] = termsOf(text);
  expect(rest, text).toEqual([]);
  return term;
};

describe('the trade dictionary (trade-terms.txt)', () => {
  it('parses, and names each concept by its first variant', () => {
    expect(dictionary.concepts.size).toBeGreaterThan(200);
    expect(conceptOf('подшипники')).toBe('=подшипник');
  });

  it('reads Russian and English names of a product as one term', () => {
    for (const [russian, english] of [
      ['подшипник', 'bearings'],
      ['насос центробежный', 'centrifugal pump'],
      ['теплообменник', 'heat exchanger'],
      ['источник бесперебойного питания', 'UPS'],
      ['числовое программное управление', 'CNC'],
    ]) {
      expect(conceptOf(english!), english).toBe(conceptOf(russian!));
    }
  });

  it('knows the trade abbreviations and names: ДСП, high-bay luminaires, vibration compensators', () => {
    const sorted = (text: string) => termsOf(text).sort();
    expect(sorted('Светильник ДСП')).toEqual(sorted('светильник для высоких пролетов'));
    expect(sorted('LED high-bay luminaire')).toEqual(sorted('светодиодный светильник для высоких пролётов'));
    expect(termsOf('вставка гибкая резиновая')).toEqual([
      conceptOf('виброкомпенсатор'),
      ...termsOf('резиновая'),
    ]);
  });

  it('reads an ambiguous abbreviation only where its condition holds', () => {
    // ДСП beside a luminaire is a high-bay luminaire; elsewhere (an arc furnace) it stays an abbreviation.
    expect(termsOf('Футеровка ДСП-120')).toContain('дсп');
    expect(termsOf('Светильники подвесные ДСП')).not.toContain('дсп');
  });

  it('takes the longest variant first', () => {
    expect(termsOf('насос центробежный')).toEqual(['=насос_центробежн']);
    expect(termsOf('насос')).toEqual(['=насос']);
  });

  it('marks values of exclusive attributes with their class', () => {
    const dry = annotate(tokenize('сухой'), dictionary)[0]!;
    const oil = annotate(tokenize('масляный'), dictionary)[0]!;
    expect(dry.kind === 'word' && dry.concept?.exclusiveClass).toBeTruthy();
    expect(
      dry.kind === 'word' &&
        oil.kind === 'word' &&
        dry.concept?.exclusiveClass === oil.concept?.exclusiveClass,
    ).toBe(true);
    expect(conceptOf('oil-immersed')).toBe(conceptOf('масляный'));
  });

  it('refuses a variant that names two concepts, and a variant with a number', () => {
    expect(() => parseTradeDictionary('насос | pump\nкомпрессор | pump')).toThrow(/already names/);
    expect(() => parseTradeDictionary('фильтр | F7 filter')).toThrow(/number/);
  });
});
