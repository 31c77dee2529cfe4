/**
 * PostgreSQL returns `numeric(18,3)` as "1200.000"; quantities read better as "1200" (money keeps its
 * two decimals and is not passed through here). Works on the string, never through a float.
 */
export function trimDecimal(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/\.?0+$/, '');
}

/** True for a decimal string above zero ("0.001" yes, "0.000" no). */
export function isPositiveDecimal(value: string): boolean {
  return /[1-9]/.test(value);
}
