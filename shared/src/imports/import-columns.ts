import type { ImportKind } from './imports.schemas';

/**
 * The spreadsheet columns of an import, as regional centres keep them in Excel: one row per need or
 * capability, Russian headers (English accepted too). The template, the importer and the export all
 * read this one list, so a downloaded template or export imports back unchanged.
 */

export type ColumnType =
  | 'text'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'boolean'
  | 'okpd2'
  | 'okpd2List'
  | 'tnved'
  | 'unit'
  | 'region'
  | 'regionList'
  | 'list'
  | 'inn';

export type ImportColumn = {
  /** The field of POST /needs or POST /capabilities it fills (or `buyerInn` / `manufacturerInn`). */
  key: string;
  ru: string;
  en: string;
  /** Other headers people use for the same column. */
  aliases?: readonly string[];
  type: ColumnType;
  required?: boolean;
  /** Decimal columns: digits allowed after the decimal point (the API schema's scale). */
  scale?: number;
  hintRu: string;
  hintEn: string;
};

const LIST_HINT_RU = 'несколько значений через «;»';
const LIST_HINT_EN = 'several values separated by «;»';

const TITLE: ImportColumn = {
  key: 'title',
  ru: 'Наименование',
  en: 'Title',
  aliases: ['Название', 'Наименование товара', 'Наименование продукции', 'Name'],
  type: 'text',
  required: true,
  hintRu: 'от 3 до 300 символов',
  hintEn: '3 to 300 characters',
};
const DESCRIPTION: ImportColumn = {
  key: 'description',
  ru: 'Описание',
  en: 'Description',
  aliases: ['Характеристики', 'Технические характеристики'],
  type: 'text',
  hintRu: 'до 10 000 символов',
  hintEn: 'up to 10,000 characters',
};
const UNIT: ImportColumn = {
  key: 'unit',
  ru: 'Ед. изм. (ОКЕИ)',
  en: 'Unit (OKEI)',
  aliases: ['Ед. изм.', 'Единица измерения', 'ОКЕИ', 'Код ОКЕИ', 'Unit'],
  type: 'unit',
  required: true,
  hintRu:
    'выберите из списка в ячейке, или код ОКЕИ (796 — штука), или обозначение: шт, пар, компл, кг, м, м² (лист «Инструкция»)',
  hintEn:
    "pick from the cell's list, or an OKEI code (796 = piece), or a symbol: pcs, pr, set, kg, m, m² (Instructions sheet)",
};

export const NEED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  TITLE,
  DESCRIPTION,
  {
    key: 'okpd2',
    ru: 'ОКПД2',
    en: 'OKPD2',
    aliases: ['Код ОКПД2', 'Код ОКПД 2'],
    type: 'okpd2',
    required: true,
    hintRu: 'код ОКПД2, например 28.15.10.120 (формат ячейки — текстовый)',
    hintEn: 'OKPD2 code such as 28.15.10.120 (format the cell as text)',
  },
  {
    key: 'tnved',
    ru: 'ТН ВЭД',
    en: 'TN VED',
    aliases: ['Код ТН ВЭД', 'ТН ВЭД ЕАЭС', 'HS code'],
    type: 'tnved',
    hintRu: 'код ТН ВЭД ЕАЭС: 4, 6, 8 или 10 цифр',
    hintEn: 'EAEU TN VED code: 4, 6, 8 or 10 digits',
  },
  {
    key: 'quantity',
    ru: 'Количество',
    en: 'Quantity',
    aliases: ['Кол-во', 'Потребность', 'Qty'],
    type: 'decimal',
    scale: 3,
    required: true,
    hintRu: 'больше нуля, до 3 знаков после запятой',
    hintEn: 'above zero, up to 3 decimals',
  },
  UNIT,
  {
    key: 'targetUnitPrice',
    ru: 'Целевая цена за ед., руб.',
    en: 'Target unit price, RUB',
    aliases: ['Целевая цена', 'Цена за единицу', 'Цена за ед., руб.', 'Target price'],
    type: 'decimal',
    scale: 2,
    hintRu: 'в рублях, до 2 знаков после запятой',
    hintEn: 'roubles, up to 2 decimals',
  },
  {
    key: 'neededBy',
    ru: 'Срок поставки',
    en: 'Needed by',
    aliases: ['Дата поставки', 'Требуемый срок поставки', 'Срок'],
    type: 'date',
    required: true,
    hintRu: 'дата ДД.ММ.ГГГГ, не в прошлом',
    hintEn: 'date DD.MM.YYYY or YYYY-MM-DD, not in the past',
  },
  {
    key: 'deliveryRegionCode',
    ru: 'Регион поставки (код)',
    en: 'Delivery region (code)',
    aliases: ['Регион поставки', 'Код региона', 'Регион', 'Region'],
    type: 'region',
    required: true,
    hintRu: 'выберите из списка в ячейке, или двузначный код субъекта РФ, или название (лист «Инструкция»)',
    hintEn: "pick from the cell's list, or a two-digit region code, or its name (the Instructions sheet)",
  },
  {
    key: 'replaces',
    ru: 'Заменяемый импортный аналог',
    en: 'Replaces (imported analogue)',
    aliases: ['Импортный аналог', 'Аналог', 'Заменяемый аналог', 'Replaces'],
    type: 'text',
    hintRu: 'иностранный товар, марка или артикул, например SKF 32210',
    hintEn: 'foreign product, brand or part number such as SKF 32210',
  },
  {
    key: 'critical',
    ru: 'Критично',
    en: 'Critical',
    aliases: ['Критичность', 'Критичная позиция'],
    type: 'boolean',
    hintRu: '«да», если без позиции останавливается производство; по умолчанию «нет»',
    hintEn: '«да» (yes) when production stops without it; default no',
  },
  {
    key: 'allowSplitAward',
    ru: 'Несколько поставщиков',
    en: 'Split award',
    aliases: ['Допускается несколько поставщиков', 'Разрешить частичную поставку'],
    type: 'boolean',
    hintRu: '«да», если количество можно разделить между поставщиками; по умолчанию «нет»',
    hintEn: '«да» (yes) when the quantity may be split among suppliers; default no',
  },
  {
    key: 'publish',
    ru: 'Опубликовать',
    en: 'Publish',
    aliases: ['Публиковать'],
    type: 'boolean',
    hintRu: '«нет» — сохранить черновиком; по умолчанию «да», потребность сразу видна поставщикам',
    hintEn: '«нет» (no) keeps a draft; default yes: suppliers see the need at once',
  },
  {
    key: 'buyerInn',
    ru: 'ИНН покупателя',
    en: 'Buyer INN',
    aliases: ['ИНН заказчика', 'ИНН предприятия', 'ИНН'],
    type: 'inn',
    hintRu: 'только для регионального центра: ИНН предприятия своего региона, для которого потребность',
    hintEn: 'regional centres only: INN of the enterprise of its region the need is for',
  },
];

export const CAPABILITY_IMPORT_COLUMNS: readonly ImportColumn[] = [
  TITLE,
  DESCRIPTION,
  {
    key: 'okpd2',
    ru: 'ОКПД2',
    en: 'OKPD2',
    aliases: ['Коды ОКПД2', 'Код ОКПД2', 'Код ОКПД 2'],
    type: 'okpd2List',
    required: true,
    hintRu: `коды ОКПД2, ${LIST_HINT_RU}`,
    hintEn: `OKPD2 codes, ${LIST_HINT_EN}`,
  },
  {
    key: 'monthlyCapacity',
    ru: 'Мощность в месяц',
    en: 'Monthly capacity',
    aliases: ['Производственная мощность в месяц', 'Мощность', 'Объем в месяц', 'Capacity'],
    type: 'decimal',
    scale: 3,
    required: true,
    hintRu: 'сколько единиц в месяц, больше нуля',
    hintEn: 'units per month, above zero',
  },
  UNIT,
  {
    key: 'minOrderQuantity',
    ru: 'Минимальная партия',
    en: 'Minimum order quantity',
    aliases: ['Мин. партия', 'Минимальный заказ', 'MOQ'],
    type: 'decimal',
    scale: 3,
    hintRu: 'в тех же единицах',
    hintEn: 'in the same unit',
  },
  {
    key: 'leadTimeDays',
    ru: 'Срок изготовления, дней',
    en: 'Lead time, days',
    aliases: ['Срок изготовления', 'Срок поставки, дней', 'Lead time'],
    type: 'integer',
    required: true,
    hintRu: 'целое число дней, от 0 до 3650',
    hintEn: 'whole days, 0 to 3650',
  },
  {
    key: 'deliveryRegionCodes',
    ru: 'Регионы поставки (коды)',
    en: 'Delivery regions (codes)',
    aliases: ['Регионы поставки', 'Коды регионов', 'Regions'],
    type: 'regionList',
    hintRu: `коды или названия регионов, ${LIST_HINT_RU}; пусто — все регионы`,
    hintEn: `region codes or names, ${LIST_HINT_EN}; empty = all regions`,
  },
  {
    key: 'analogues',
    ru: 'Заменяемые импортные аналоги',
    en: 'Analogues',
    aliases: ['Импортные аналоги', 'Аналоги', 'Заменяемый импортный аналог'],
    type: 'list',
    hintRu: `иностранные товары, марки, артикулы, ${LIST_HINT_RU}`,
    hintEn: `foreign products, brands, part numbers, ${LIST_HINT_EN}`,
  },
  {
    key: 'pp719RegistryNumber',
    ru: 'Номер в реестре ПП 719',
    en: 'PP 719 registry number',
    aliases: ['Реестровый номер ПП 719', 'Номер реестровой записи', 'Реестр ПП 719'],
    type: 'text',
    hintRu: 'номер записи в реестре промышленной продукции (постановление № 719)',
    hintEn: 'entry in the registry of industrial products (Resolution 719)',
  },
  {
    key: 'localizationValidUntil',
    ru: 'Действует до',
    en: 'Localization valid until',
    aliases: ['Срок действия записи', 'Запись действует до', 'Valid until'],
    type: 'date',
    hintRu: 'дата окончания действия записи в реестре ПП 719',
    hintEn: 'when the PP 719 registry entry expires',
  },
  {
    key: 'manufacturerInn',
    ru: 'ИНН производителя',
    en: 'Manufacturer INN',
    aliases: ['ИНН изготовителя'],
    type: 'inn',
    hintRu: 'только для администратора платформы; предприятие загружает свои возможности',
    hintEn: 'platform administrators only; an enterprise imports its own capabilities',
  },
];

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  needs: NEED_IMPORT_COLUMNS,
  capabilities: CAPABILITY_IMPORT_COLUMNS,
};

/** "Ед.изм. (ОКЕИ)*", "ед. изм (океи)" and "ЕД ИЗМ ОКЕИ" are the same header: letters and digits only. */
export const headerKey = (header: string) =>
  header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]/g, '');

export type HeaderMatch = {
  /** Column spec per position in the header row; unknown headers are left out (notes, row numbers). */
  byPosition: Map<number, ImportColumn>;
  missing: ImportColumn[];
  /** Headers as written in the file, per column key. */
  written: Map<string, string>;
};

export function matchHeaders(columns: readonly ImportColumn[], headers: readonly string[]): HeaderMatch {
  const byHeader = new Map<string, ImportColumn>();
  for (const column of columns) {
    // Aliases first, so a canonical header wins where a short alias of another column coincides.
    for (const alias of column.aliases ?? []) byHeader.set(headerKey(alias), column);
  }
  for (const column of columns) {
    for (const header of [column.ru, column.en]) byHeader.set(headerKey(header), column);
  }
  const byPosition = new Map<number, ImportColumn>();
  const written = new Map<string, string>();
  headers.forEach((header, position) => {
    const column = byHeader.get(headerKey(header));
    if (!column || written.has(column.key)) return;
    byPosition.set(position, column);
    written.set(column.key, header.trim());
  });
  const missing = columns.filter((column) => column.required && !written.has(column.key));
  return { byPosition, missing, written };
}
