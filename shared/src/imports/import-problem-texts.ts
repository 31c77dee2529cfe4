import { OKEI_UNITS } from '../domain/okei';
import type { ImportProblemCode, ProblemParams } from './import-problems';

/**
 * The texts of import problems in Russian and English, written for someone looking at a spreadsheet
 * (no lists to choose from but the template's, no field names): the import page shows them and the
 * annotated copy of the file carries them. One table, exhaustive over the codes.
 */

export type ProblemLanguage = 'ru' | 'en';
type Text = (params: ProblemParams, number: (value: string | number | undefined) => string) => string;

const UNITS_RU = OKEI_UNITS.map((unit) => unit.symbolRu).join(', ');
const UNITS_EN = OKEI_UNITS.map((unit) => unit.symbolEn).join(', ');
const quoted = (value: string | number | undefined) => (value === undefined ? '' : `«${value}» `);

const TEXTS: Record<ImportProblemCode, Record<ProblemLanguage, Text>> = {
  required: {
    ru: () => 'Заполните ячейку: столбец обязательный.',
    en: () => 'Fill in this cell: the column is required.',
  },
  not_a_number: {
    ru: (p) => `${quoted(p.value)}— не число. Напишите число, например 1200 или 850,50.`,
    en: (p) => `${quoted(p.value)}is not a number. Write a number such as 1200 or 850.50.`,
  },
  not_positive: {
    ru: () => 'Должно быть больше нуля.',
    en: () => 'Must be greater than zero.',
  },
  too_many_decimals: {
    ru: (p, n) => `Не больше ${n(p.max)} знаков после запятой.`,
    en: (p, n) => `At most ${n(p.max)} digits after the decimal point.`,
  },
  too_large: {
    ru: () => 'Слишком большое число.',
    en: () => 'The number is too large.',
  },
  not_whole_number: {
    ru: () => 'Должно быть целое число, например 45.',
    en: () => 'Must be a whole number such as 45.',
  },
  too_small: {
    ru: (p, n) => `Не меньше ${n(p.min)}.`,
    en: (p, n) => `At least ${n(p.min)}.`,
  },
  too_big: {
    ru: (p, n) => `Не больше ${n(p.max)}.`,
    en: (p, n) => `At most ${n(p.max)}.`,
  },
  too_short: {
    ru: (p, n) => `Слишком коротко: нужно не меньше ${n(p.min)} символов.`,
    en: (p, n) => `Too short: at least ${n(p.min)} characters.`,
  },
  too_long: {
    ru: (p, n) => `Слишком длинно: не больше ${n(p.max)} символов.`,
    en: (p, n) => `Too long: at most ${n(p.max)} characters.`,
  },
  too_many_items: {
    ru: (p, n) => `Не больше ${n(p.max)} значений через «;».`,
    en: (p, n) => `At most ${n(p.max)} values separated by «;».`,
  },
  not_a_date: {
    ru: (p) => `${quoted(p.value)}— не дата. Напишите дату в формате ДД.ММ.ГГГГ, например 01.03.2027.`,
    en: (p) => `${quoted(p.value)}is not a date. Write it as DD.MM.YYYY, such as 01.03.2027.`,
  },
  date_in_past: {
    ru: () => 'Дата уже прошла: укажите сегодняшнюю или более позднюю.',
    en: () => 'The date has passed: give today or a later day.',
  },
  not_yes_no: {
    ru: (p) => `${quoted(p.value)}— напишите «да» или «нет».`,
    en: (p) => `${quoted(p.value)}— write «да» (yes) or «нет» (no).`,
  },
  unknown_unit: {
    ru: (p) =>
      `Единицы ${quoted(p.value)}нет в списке. Выберите её из списка в ячейке шаблона или напишите код ОКЕИ либо обозначение: ${UNITS_RU}.`,
    en: (p) =>
      `The unit ${quoted(p.value)}is not on the list. Pick it from the template cell's list, or write its OKEI code or symbol: ${UNITS_EN}.`,
  },
  unknown_region: {
    ru: (p) =>
      `Региона ${quoted(p.value)}нет. Выберите регион из списка в ячейке шаблона или напишите двузначный код (лист «Инструкция»).`,
    en: (p) =>
      `There is no region ${quoted(p.value)}. Pick it from the template cell's list or write its two-digit code (the Instructions sheet).`,
  },
  bad_okpd2: {
    ru: (p) => `${quoted(p.value)}— не код ОКПД2. Код пишется так: 28.15.10.120 (формат ячейки — текстовый).`,
    en: (p) => `${quoted(p.value)}is not an OKPD2 code. Write it as 28.15.10.120 (format the cell as text).`,
  },
  unknown_okpd2: {
    ru: (p) => `Кода ${quoted(p.value)}нет в классификаторе ОКПД2.`,
    en: (p) => `The code ${quoted(p.value)}is not in the OKPD2 classifier.`,
  },
  bad_tnved: {
    ru: () => 'Код ТН ВЭД — 4, 6, 8 или 10 цифр.',
    en: () => 'A TN VED code has 4, 6, 8 or 10 digits.',
  },
  bad_inn: {
    ru: () => 'ИНН — 10 или 12 цифр.',
    en: () => 'An INN has 10 or 12 digits.',
  },
  unknown_inn: {
    ru: () => 'Организации с таким ИНН нет на бирже.',
    en: () => 'No organization with this INN is on the exchange.',
  },
  refused: {
    ru: (p) => String(p.detail ?? 'Строка не принята.'),
    en: (p) => String(p.detail ?? 'The row was refused.'),
  },
  invalid: {
    ru: (p) => String(p.detail ?? 'Значение не подходит.'),
    en: (p) => String(p.detail ?? 'The value is not accepted.'),
  },
  column_missing: {
    ru: () => 'В файле нет этого столбца — возьмите заголовки из шаблона.',
    en: () => 'The file has no such column: copy the headers from the template.',
  },
  no_header: {
    ru: (p) => `Нет строки заголовков: первая строка должна называть столбцы (${p.columns ?? ''}).`,
    en: (p) => `No header row: the first row must name the columns (${p.columns ?? ''}).`,
  },
  file_empty: { ru: () => 'Файл пустой.', en: () => 'The file is empty.' },
  no_rows: {
    ru: () => 'Под заголовком нет ни одной строки.',
    en: () => 'There are no rows below the header.',
  },
  too_many_rows: {
    ru: (p, n) => `В файле больше ${n(p.max)} строк. Разделите его на несколько файлов.`,
    en: (p, n) => `The file has more than ${n(p.max)} rows. Split it into several files.`,
  },
  too_large_unpacked: {
    ru: (p, n) =>
      `Файл слишком большой: в распакованном виде в нём больше ${n(p.max)} МБ данных. Разделите его на несколько файлов.`,
    en: (p, n) =>
      `The file is too large: it holds more than ${n(p.max)} MB of data once unpacked. Split it into several files.`,
  },
  unclosed_quote: {
    ru: () =>
      'Файл не читается как CSV: открытая кавычка (") нигде не закрыта. Проверьте кавычки или сохраните таблицу из Excel заново.',
    en: () =>
      'The file cannot be read as CSV: a quotation mark (") is never closed. Check the quotes or save the sheet from Excel again.',
  },
  unreadable_csv: {
    ru: () => 'Файл не читается как CSV. Сохраните таблицу заново в формате CSV или .xlsx.',
    en: () => 'The file cannot be read as CSV. Save the sheet again as CSV or .xlsx.',
  },
  unreadable_xlsx: {
    ru: () => 'Файл не читается как Excel (.xlsx). Откройте его в Excel и сохраните заново.',
    en: () => 'The file cannot be read as Excel (.xlsx). Open it in Excel and save it again.',
  },
  uploader_gone: {
    ru: () => 'Пользователя, загрузившего файл, больше нет.',
    en: () => 'The user who uploaded the file no longer exists.',
  },
  internal: {
    ru: () => 'Импорт прервался по нашей вине. Загрузите файл ещё раз.',
    en: () => 'The import failed on our side. Upload the file again.',
  },
  more_problems: {
    ru: (p, n) =>
      `Ещё ошибок: ${n(p.count)}. Здесь они не перечислены, но все есть в размеченной копии файла.`,
    en: (p, n) =>
      `${n(p.count)} more problems are not listed here; the annotated copy of the file has them all.`,
  },
};

/** The problem in words; `params` as the server sent them. */
export function importProblemText(
  problem: { code: ImportProblemCode; params?: ProblemParams },
  language: ProblemLanguage,
): string {
  const format = new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-GB');
  const number = (value: string | number | undefined) =>
    typeof value === 'number' ? format.format(value) : String(value ?? '');
  return TEXTS[problem.code][language](problem.params ?? {}, number);
}
