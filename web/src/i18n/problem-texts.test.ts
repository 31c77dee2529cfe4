import { PROBLEM_CODES } from '@zamena/shared/common/problem-codes';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { problemMessage } from './problem-message';
import { UNWORDED_PROBLEM_CODES } from './problem-texts';

const unworded = new Set<string>(UNWORDED_PROBLEM_CODES);

describe('problem texts', () => {
  it('word every code of the API in both languages, except the few left to the server on purpose', () => {
    const missing = PROBLEM_CODES.filter(
      (code) =>
        !unworded.has(code) && !(Object.hasOwn(ru.problems, code) && Object.hasOwn(en.problems, code)),
    );
    const both = PROBLEM_CODES.filter((code) => unworded.has(code) && Object.hasOwn(ru.problems, code));
    expect({ missing, both }).toEqual({ missing: [], both: [] });
  });

  it("show the user's language for a worded code and the server's detail for an unworded one", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en } }, lng: 'en' });
    const problem = (code: string) =>
      new ApiError({
        type: `urn:zamena:problem:${code}`,
        title: 'x',
        status: 400,
        code,
        detail: 'From the server',
      });
    expect(problemMessage(i18n.t, problem('lot_bid_exists'))).toBe(en.problems.lot_bid_exists);
    expect(problemMessage(i18n.t, problem('invalid_json'))).toBe('From the server');
  });
});
