import { describe, expect, it } from 'vitest';
import { rowsWithErrors } from './import.mapper';
import { capped, MAX_REPORTED_ERRORS, problemAt } from './import-report';

describe('the problems an import lists', () => {
  it('counts rows with problems, not problems', () => {
    const errors = [
      problemAt(3, 'quantity', { code: 'not_positive' }, 'Количество'),
      problemAt(3, 'unit', { code: 'unknown_unit', params: { value: 'бочка' } }, 'Ед. изм. (ОКЕИ)'),
      problemAt(7, 'neededBy', { code: 'date_in_past' }, 'Срок поставки'),
    ];
    expect(rowsWithErrors(errors)).toBe(2);
    expect(errors[1]).toEqual({
      row: 3,
      path: 'unit',
      column: 'Ед. изм. (ОКЕИ)',
      code: 'unknown_unit',
      params: { value: 'бочка' },
      message: expect.stringMatching(/^The unit «бочка» is not on the list\. .*pcs, pr, set/),
    });
  });

  it('lists the first problems and still counts every row past the cut', () => {
    // Three problems in each of 400 rows: 1,200 problems, rows 2..401.
    const errors = Array.from({ length: 400 }, (_, index) =>
      ['title', 'quantity', 'unit'].map((path) => problemAt(index + 2, path, { code: 'required' })),
    ).flat();
    const listed = capped(errors);
    expect(listed).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(listed.at(-1)).toMatchObject({
      row: 0,
      code: 'more_problems',
      params: { count: 1200 - MAX_REPORTED_ERRORS },
    });
    expect(rowsWithErrors(listed)).toBe(400);
  });
});
