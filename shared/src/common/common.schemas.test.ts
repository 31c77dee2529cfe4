import { describe, expect, it } from 'vitest';
import { decimalString, text } from './common.schemas';

describe('shared text and decimal schemas', () => {
  it('rejects a NUL character that PostgreSQL cannot store', () => {
    expect(text(1, 50).safeParse('abc\u0000def').success).toBe(false);
    expect(text(1, 50).parse('  abc ')).toBe('abc');
  });

  it('rejects an unpaired surrogate that jsonb cannot store, and keeps pairs (emoji)', () => {
    for (const lone of ['a\ud800b', 'a\udc00', '\ud83d']) {
      expect(text(1, 50).safeParse(lone).error?.issues[0]?.message).toBe(
        'must not contain an unpaired surrogate',
      );
    }
    expect(text(1, 50).parse('Подшипник \ud83d\ude00')).toBe('Подшипник \ud83d\ude00');
  });

  it('keeps money as decimal strings with a bounded scale', () => {
    expect(decimalString(2).safeParse('12500.00').success).toBe(true);
    expect(decimalString(2).safeParse('12500.001').success).toBe(false);
    expect(decimalString(2).safeParse('-1').success).toBe(false);
    expect(decimalString(2).safeParse('1e5').success).toBe(false);
  });
});
