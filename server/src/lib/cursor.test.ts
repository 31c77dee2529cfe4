import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { ValidationError } from './errors';

const id = '0b0c7a52-4a8e-4d5c-9a57-2f0e9d3c1b11';

describe('keyset cursors', () => {
  it('round-trips the sort key and id without touching their digits', () => {
    const cursor = { sort: 'date' as const, key: '1795305885638123', id };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, 'date')).toEqual(cursor);
    const rank = { sort: 'relevance' as const, key: '1.234567', id };
    expect(decodeCursor(encodeCursor(rank), 'relevance')).toEqual(rank);
  });

  it('refuses a cursor of another sort order', () => {
    const encoded = encodeCursor({ sort: 'relevance', key: '0.5', id });
    expect(() => decodeCursor(encoded, 'date')).toThrow(ValidationError);
  });

  it('accepts date keys across the years 0001 to 9999 and ranks as wide as a lot total', () => {
    for (const key of ['-62135596800000000', '0', '253402300799999999']) {
      expect(decodeCursor(encodeCursor({ sort: 'date', key, id }), 'date').key).toBe(key);
    }
    const total = '9999999999999999999999.99';
    expect(decodeCursor(encodeCursor({ sort: 'relevance', key: total, id }), 'relevance').key).toBe(total);
    expect(() => decodeCursor(encodeCursor({ sort: 'relevance', key: '-1', id }), 'relevance')).toThrow(
      ValidationError,
    );
  });

  it('refuses garbage and injected keys with a 400 on the cursor field', () => {
    for (const bad of [
      'not a cursor',
      Buffer.from('{"a":1}').toString('base64url'),
      encodeCursor({ sort: 'date', key: "1'; DROP TABLE needs; --", id }),
      encodeCursor({ sort: 'date', key: '1', id: 'nope' }),
      // Past PostgreSQL's bigint, then past the timestamps it can turn a key into.
      encodeCursor({ sort: 'date', key: '12345678901234567890', id }),
      encodeCursor({ sort: 'date', key: '253402300800000000', id }),
      encodeCursor({ sort: 'date', key: '-62135596800000001', id }),
      encodeCursor({ sort: 'date', key: '1.5', id }),
    ]) {
      try {
        decodeCursor(bad, 'date');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).errors).toEqual([{ path: 'cursor', message: 'is not valid' }]);
      }
    }
  });
});
