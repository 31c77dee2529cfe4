import { describe, expect, it } from 'vitest';
import { partNumberTokens, withoutPartNumbers } from './part-numbers';

describe('part numbers', () => {
  it('keeps the tokens with digits, without brands and short noise', () => {
    expect(partNumberTokens('SKF 32210')).toEqual(['32210']);
    expect(partNumberTokens('Mitsubishi UH-67230, FAG 32210-A')).toEqual(['UH-67230', '32210-A']);
    expect(partNumberTokens('Siemens')).toEqual([]);
    expect(partNumberTokens('М8 болт 7510 «6205-2RS»')).toEqual(['7510', '6205-2RS']);
    expect(partNumberTokens('1 2 3 4 5 6 7 8 100 200 300 400 500', 2)).toEqual(['100', '200']);
  });

  it('leaves the words of a title', () => {
    expect(withoutPartNumbers('Подшипник роликовый конический 7510')).toBe('Подшипник роликовый конический');
    expect(withoutPartNumbers('Комплектующие UH-67230')).toBe('Комплектующие');
    expect(withoutPartNumbers('SKF 32210')).toBe('SKF');
  });
});
