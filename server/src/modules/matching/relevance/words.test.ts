import { describe, expect, it } from 'vitest';
import { isAdjective, stemWord, tokenize } from './words';

const words = (text: string) =>
  tokenize(text).flatMap((token) => (token.kind === 'word' ? [token.stem] : []));

describe('words as matching reads them', () => {
  it('stems Russian and English words, one stem for every form', () => {
    expect(stemWord('подшипники')).toBe(stemWord('подшипника'));
    expect(stemWord('bearings')).toBe(stemWord('bearing'));
    // Snowball leaves -е on some forms only (батарея → батаре, батареи → батар): one stem here.
    expect(stemWord('батарея')).toBe(stemWord('батареи'));
    expect(words('Ёмкость')).toEqual(words('емкость'));
  });

  it('keeps abbreviations written in capitals whole, and reads designations as codes', () => {
    expect(words('ИБП и ЧПУ')).toEqual(['ибп', 'чпу']);
    const tokens = tokenize('Реле РП-21 6205-2RS');
    expect(
      tokens.filter((token) => token.kind === 'code').map((token) => token.kind === 'code' && token.code),
    ).toEqual(['РП21', '62052RS']);
    // The letters a designation starts with name its series.
    expect(words('Реле РП-21')).toContain('рп');
  });

  it('turns prepositions and punctuation into breaks, and drops grammar and purchase boilerplate', () => {
    const kinds = tokenize('Насос для воды, замена импортного').map((token) => token.kind);
    expect(kinds).toEqual(['word', 'break', 'word', 'break']);
    expect(words('требуется поставка насос')).toEqual([stemWord('насос')]);
  });

  it('drops the unit after a number, which is a size and not a word of the product', () => {
    expect(words('Электродвигатель 15 кВт 1500 об/мин')).toEqual([stemWord('электродвигатель')]);
  });

  it('reads an explosion-protection marking as the word Ex', () => {
    expect(words('Светильник 1Ex d IIC T6 Gb')).toEqual([stemWord('светильник'), 'ex']);
  });

  it('tells adjectives and participles from nouns', () => {
    for (const word of ['стальной', 'центробежные', 'вспененного', 'нижние'])
      expect(isAdjective(word)).toBe(true);
    for (const word of ['насос', 'оборудование', 'алюминий', 'изделия'])
      expect(isAdjective(word)).toBe(false);
  });
});
