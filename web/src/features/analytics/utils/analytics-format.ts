/**
 * Sizes for charts and map marks. Money stays a decimal string for display (formatMoney); only the
 * geometry (a bar's length, a circle's radius) reads it as a number, where rounding cannot mislead.
 */
export const magnitude = (value: string | null | undefined): number => {
  const number = Number(value ?? 0);
  return Number.isFinite(number) && number > 0 ? number : 0;
};

/** A share in [0, 1] as "87 %" in the user's language. */
export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Hours as hours below two days, else as days, one decimal at most. */
export function durationParts(hours: number): { unit: 'hours' | 'days'; n: string } {
  if (hours < 48) return { unit: 'hours', n: String(Math.round(hours * 10) / 10) };
  return { unit: 'days', n: String(Math.round((hours / 24) * 10) / 10) };
}

/** A legend's rough bound, "1,2 млн ₽": bounds of colour classes are approximate by nature. */
export function formatCompactMoney(value: number, language: string): string {
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
  return `${compact.format(value)} ₽`;
}
