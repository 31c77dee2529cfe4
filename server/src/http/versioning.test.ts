import { describe, expect, it } from 'vitest';
import { PreconditionRequiredError, ValidationError } from '../lib/errors';
import { etagOf, parseIfMatch, requireIfMatch } from './versioning';

describe('If-Match and ETag', () => {
  it('reads the version from a strong, weak or bare tag', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(' 7 ')).toBe(7);
    expect(parseIfMatch(etagOf(41))).toBe(41);
  });

  it('answers 428 when the header is missing and 400 when it is not a version', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(() => requireIfMatch(undefined)).toThrow(PreconditionRequiredError);
    expect(() => requireIfMatch('*')).toThrow(ValidationError);
    expect(() => requireIfMatch('"1", "2"')).toThrow(ValidationError);
  });
});
