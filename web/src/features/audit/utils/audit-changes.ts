const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bookkeeping every change touches; naming it says nothing. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * The fields a change touched: those whose values differ between `before` and `after`. A creation
 * (nothing before) or a change recorded without both sides names none: every field would be listed.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort();
}

/** `need.published` → `published`: the verb the client translates; the object is known from the page. */
export const actionVerb = (action: string) => action.slice(action.indexOf('.') + 1);
