import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problem-codes';

describe('problem codes', () => {
  it('are unique snake_case words, as they appear in `urn:zamena:problem:<code>`', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});
