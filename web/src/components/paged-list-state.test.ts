import { describe, expect, it } from 'vitest';
import { pagedItems, pagedListBlocks } from './paged-list-state';

const settled = { isPending: false, isError: false, isSuccess: true };

describe('paged list', () => {
  it('shows the rows of every page loaded so far, in order', () => {
    const data = { pages: [{ items: ['a', 'b'] }, { items: [] }, { items: ['c'] }] };
    expect(pagedItems({ data })).toEqual(['a', 'b', 'c']);
    expect(pagedItems({ data: undefined })).toEqual([]);
  });

  it('says "empty" only of an answer with no rows, never while loading or after a failure', () => {
    expect(pagedListBlocks({ isPending: true, isError: false, isSuccess: false }, 0)).toEqual({
      loading: true,
      error: false,
      empty: false,
      rows: false,
    });
    expect(pagedListBlocks({ isPending: false, isError: true, isSuccess: false }, 0)).toEqual({
      loading: false,
      error: true,
      empty: false,
      rows: false,
    });
    expect(pagedListBlocks(settled, 0)).toEqual({ loading: false, error: false, empty: true, rows: false });
  });

  it('keeps the rows already loaded under the error when a refresh fails', () => {
    expect(pagedListBlocks({ isPending: false, isError: true, isSuccess: false }, 20)).toEqual({
      loading: false,
      error: true,
      empty: false,
      rows: true,
    });
    expect(pagedListBlocks(settled, 20)).toMatchObject({ empty: false, rows: true });
  });
});
