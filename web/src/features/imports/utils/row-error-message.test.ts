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
    expect(rowErrorMessage(t, 'file', 'The file is not a readable CSV file')).toBe(
      ru.imports.rowMessages.notCsv,
    );
  });

  it('names the limit a refused file went past, as the server configured it', () => {
    expect(rowErrorMessage(t, 'file', 'The file has more than 50000 rows; split it into several files')).toBe(
      'В файле больше 50\u00a0000 строк. Разделите его на несколько файлов.',
    );
    expect(
      rowErrorMessage(
        t,
        'file',
        'The file holds more than 1.5 MB of data once unpacked; split it into several files',
      ),
    ).toContain('больше 1,5 МБ');
  });

  it('falls back to the field messages of the forms, then to the text itself', () => {
    expect(rowErrorMessage(t, 'okpd2', 'no such OKPD2 code')).toBe(ru.validation.unknownOkpd2);
    expect(rowErrorMessage(t, 'title', 'something new')).toBe('something new');
  });
});
