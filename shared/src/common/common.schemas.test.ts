import { describe, expect, it } from 'vitest';
import { decimalString, text } from './common.schemas';

describe('shared text and decimal schemas', () => {
  it('rejects a NUL character that PostgreSQL cannot store', () => {
    expect(text(1, 50).safeParse('abc\u0000def').success).toBe(false);
    expect(text(1, 50).parse('  abc ')).toBe('abc');
  });

  it('keeps money as decimal strings with a bounded scale', () => {
    expect(decimalString(2).safeParse('12500.00').success).toBe(true);
    expect(decimalString(2).safeParse('12500.001').success).toBe(false);
    expect(decimalString(2).safeParse('-1').success).toBe(false);
    expect(decimalString(2).safeParse('1e5').success).toBe(false);
  });
});
