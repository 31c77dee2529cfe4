import { describe, expect, it } from 'vitest';
import { actionVerb, changedFields } from './audit-changes';

describe('changedFields', () => {
  it('lists the fields whose values differ, sorted, without the bookkeeping', () => {
    expect(
      changedFields(
        { title: 'A', quantity: '10', tags: ['x'], version: 1 },
        { title: 'B', quantity: '10', tags: ['x', 'y'], version: 2 },
      ),
    ).toEqual(['tags', 'title']);
  });

  it('names none for a creation or a change not recorded as two objects', () => {
    expect(changedFields(null, { status: 'open', title: 'A' })).toEqual([]);
    expect(changedFields({ status: 'draft' }, null)).toEqual([]);
    expect(changedFields('x', 3)).toEqual([]);
  });
});

describe('actionVerb', () => {
  it('keeps what follows the object type', () => {
    expect(actionVerb('need.published')).toBe('published');
    expect(actionVerb('match.not_our_product')).toBe('not_our_product');
    expect(actionVerb('standalone')).toBe('standalone');
  });
});
