import type { ImportRowError } from '@zamena/shared/imports/imports.schemas';
import { describe, expect, it } from 'vitest';
import { rowErrorColumn, rowErrorMessage } from './row-error-message';

const problem = (error: Partial<ImportRowError>): ImportRowError => ({
  row: 3,
  path: 'quantity',
  column: 'Количество',
  code: 'not_positive',
  message: 'Must be greater than zero.',
  ...error,
});

describe('import problems on the page', () => {
  it('words a problem from its code in the user’s language, not from the English message', () => {
    expect(rowErrorMessage(problem({}), 'ru')).toBe('Должно быть больше нуля.');
    expect(rowErrorMessage(problem({}), 'en')).toBe('Must be greater than zero.');
  });

  it('names the limit and the cell as written', () => {
    const limit = problem({ row: 0, path: 'file', code: 'too_many_rows', params: { max: 50_000 } });
    expect(rowErrorMessage(limit, 'ru')).toBe(
      'В файле больше 50\u00a0000 строк. Разделите его на несколько файлов.',
    );
    const unit = problem({ path: 'unit', code: 'unknown_unit', params: { value: 'бочка' } });
    expect(rowErrorMessage(unit, 'ru')).toMatch(/^Единицы «бочка» нет в списке.*шт, пар, компл/);
  });

  it('keeps the words of a refusal the server words itself', () => {
    const refused = problem({ code: 'refused', message: 'a centre posts needs only for its region' });
    expect(rowErrorMessage(refused, 'ru')).toBe('a centre posts needs only for its region');
  });

  it('heads the column as the template does, in English by its English name', () => {
    expect(rowErrorColumn(problem({}), 'needs', 'ru')).toBe('Количество');
    expect(rowErrorColumn(problem({}), 'needs', 'en')).toBe('Quantity');
    expect(rowErrorColumn(problem({ path: 'okpd2.1', column: 'ОКПД2' }), 'capabilities', 'en')).toBe('OKPD2');
  });
});
