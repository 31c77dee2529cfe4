import { describe, expect, it } from 'vitest';
import { toPrefixTsquery } from './reference.service';

describe('toPrefixTsquery', () => {
  it('requires every word and matches the last one as a prefix', () => {
    expect(toPrefixTsquery('подшипник ролик')).toBe('подшипник & ролик:*');
  });

  it('drops punctuation that would break to_tsquery', () => {
    expect(toPrefixTsquery("сверла & (spiral)'")).toBe('сверла & spiral:*');
    expect(toPrefixTsquery('!!!')).toBeNull();
  });
});
