import { describe, expect, it } from 'vitest';
import {
  MAX_ALTERNATIVES,
  parseTermDictionary,
  searchAlternatives,
  termDictionary,
  termGroups,
  websearchAlternativesOfAny,
  websearchWithAlternatives,
} from './term-dictionary';

const small = parseTermDictionary(
  [
    '# comment',
    'подшипник | bearing',
    'подшипник скольжения | втулка скольжения | plain bearing',
    'ключ гаечный | гаечный ключ | wrench | spanner',
    'решетка | plate [if волчок]',
    '! газовый, gas | дизельный, diesel',
    'кабель 10 | cable',
  ].join('\n'),
  'втулка | bushing',
);

describe('term dictionary', () => {
  it('finds the English name of a Russian word in any of its forms', () => {
    expect(searchAlternatives(small, 'подшипники')).toEqual(['bearing']);
    expect(searchAlternatives(small, 'Подшипнику')).toEqual(['bearing']);
  });

  it('finds the Russian name of an English word in any of its forms', () => {
    expect(searchAlternatives(small, 'bearings')).toEqual(['подшипник']);
  });

  it('prefers the longest phrase that starts at a word', () => {
    expect(termGroups(small, 'подшипник скольжения 6205')).toEqual([
      {
        words: ['подшипник', 'скольжения'],
        alternatives: [
          ['втулка', 'скольжения'],
          ['plain', 'bearing'],
        ],
      },
      { words: ['6205'], alternatives: [] },
    ]);
  });

  it('rewords one span at a time and keeps the other words', () => {
    expect(searchAlternatives(small, 'bearing втулка')).toEqual(['подшипник втулка', 'bearing bushing']);
  });

  it('merges the lines of both sources that name the same phrase', () => {
    expect(searchAlternatives(small, 'втулки')).toEqual(['bushing']);
  });

  it('leaves out conditional variants, exclusive classes and variants with numbers', () => {
    expect(searchAlternatives(small, 'решетка')).toEqual([]);
    expect(searchAlternatives(small, 'gas')).toEqual([]);
    expect(searchAlternatives(small, 'cable')).toEqual([]);
  });

  it('offers at most a bounded number of alternatives', () => {
    expect(searchAlternatives(small, 'гаечный ключ wrench')).toHaveLength(MAX_ALTERNATIVES);
  });

  it('writes the alternatives as OR-ed branches of a web search, and leaves quoted phrases alone', () => {
    expect(websearchWithAlternatives(small, 'bearing')).toBe('bearing or подшипник');
    expect(websearchWithAlternatives(small, 'болт')).toBe('болт');
    expect(websearchWithAlternatives(small, '"bearing')).toBe('"bearing');
  });

  it('reads the trade dictionary and the search-only lines', () => {
    const dictionary = termDictionary();
    expect(searchAlternatives(dictionary, 'уплотнение')).toContain('seal');
    expect(searchAlternatives(dictionary, 'bearing')).toContain('подшипник');
    expect(searchAlternatives(dictionary, 'втулки')).toContain('подшипник скольжения');
  });
});

describe('websearchAlternativesOfAny', () => {
  it('OR-s every word of a title and the alternatives of its phrases', () => {
    expect(websearchAlternativesOfAny(small, 'Подшипник скольжения 6205')).toBe(
      'подшипник or скольжения or 6205 or втулка скольжения or plain bearing',
    );
    expect(websearchAlternativesOfAny(small, ' — ')).toBeNull();
  });
});
