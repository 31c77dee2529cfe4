import { describe, expect, it } from 'vitest';
import { parseTermDictionary } from '../../lib/term-dictionary';
import { okpd2Terms } from './reference.service';

const dictionary = parseTermDictionary('подшипник | bearing\nфреза | milling cutter | end mill');

describe('okpd2Terms', () => {
  it('keeps the words, lower case, without the punctuation that would break to_tsquery', () => {
    expect(okpd2Terms(dictionary, "Сверла & (spiral)'", 'query')).toEqual({
      text: "Сверла & (spiral)'",
      words: ['сверла', 'spiral'],
      reading: 'query',
      alternatives: [],
    });
    expect(okpd2Terms(dictionary, '!!!', 'query')).toBeNull();
  });

  it('adds the Russian names of English words, not the English names of Russian ones', () => {
    expect(okpd2Terms(dictionary, 'bearing', 'query')?.alternatives).toEqual([['подшипник']]);
    expect(okpd2Terms(dictionary, 'фреза', 'query')?.alternatives).toEqual([]);
  });

  it('reads a finished title as a title', () => {
    expect(okpd2Terms(dictionary, 'Подшипник 6205', 'title')).toMatchObject({
      words: ['подшипник', '6205'],
      reading: 'title',
    });
  });
});
