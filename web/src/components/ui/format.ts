import { OKEI_UNITS } from '@zamena/shared/domain/okei';

/**
 * Display helpers shared by lists and detail pages. Decimals stay strings end to end (DESIGN.md §2):
 * the integer part is grouped through BigInt, never through a float.
 */
export function formatDecimal(value: string, language: string): string {
  const [whole = '', fraction] = value.split('.');
  if (!/^\d+$/.test(whole)) return value;
  const grouped = new Intl.NumberFormat(language).format(BigInt(whole));
  if (!fraction) return grouped;
  const separator = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal');
  return `${grouped}${separator?.value ?? '.'}${fraction}`;
}

/** Money keeps its two decimals: "12 500,00 ₽". */
export function formatMoney(value: string, language: string): string {
  const [whole = '0', fraction = '00'] = value.split('.');
  return `${formatDecimal(`${whole}.${fraction.padEnd(2, '0')}`, language)} ₽`;
}

/** Shown for what a draft need has not filled in yet. */
export const NOT_SET = '—';

/** A calendar date (`2027-03-01`) in the user's language; read as UTC so no time zone shifts the day. */
export function formatDate(isoDate: string | null, language: string): string {
  if (isoDate === null) return NOT_SET;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function unitOf(code: string) {
  return OKEI_UNITS.find((unit) => unit.code === code);
}

/** "шт" / "pcs"; an unknown code is shown as it is. */
export function unitSymbol(code: string, language: string): string {
  const unit = unitOf(code);
  if (!unit) return code;
  return language === 'en' ? unit.symbolEn : unit.symbolRu;
}

export function unitName(code: string, language: string): string {
  const unit = unitOf(code);
  if (!unit) return code;
  return language === 'en' ? unit.nameEn : unit.nameRu;
}

/** "1 200 шт"; a draft may have neither yet. */
export function formatQuantity(quantity: string | null, unit: string | null, language: string): string {
  if (quantity === null) return NOT_SET;
  if (unit === null) return formatDecimal(quantity, language);
  return `${formatDecimal(quantity, language)} ${unitSymbol(unit, language)}`;
}
