import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/locales/en';
import { ru } from '../../../i18n/locales/ru';
import { rowErrorMessage } from './row-error-message';

const instance = i18next.createInstance();
await instance.init({ lng: 'ru', resources: { ru: { translation: ru }, en: { translation: en } } });
const t = instance.t;

describe('import row error messages', () => {
  it('translates what the importer says about cells and files', () => {
    expect(rowErrorMessage(t, 'quantity', 'must be a number, such as 1200 or 850,50')).toBe(
      ru.imports.rowMessages.number,
    );
    expect(rowErrorMessage(t, 'file', 'The column is missing')).toBe(ru.imports.rowMessages.columnMissing);
  });

  it('falls back to the field messages of the forms, then to the text itself', () => {
    expect(rowErrorMessage(t, 'okpd2', 'no such OKPD2 code')).toBe(ru.validation.unknownOkpd2);
    expect(rowErrorMessage(t, 'title', 'something new')).toBe('something new');
  });
});
