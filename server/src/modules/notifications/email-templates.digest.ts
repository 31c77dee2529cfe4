import { OKEI_UNITS } from '@zamena/shared/domain/okei';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { readableRegionName } from '@zamena/shared/domain/region-names';
import type { Email, Language } from './email-templates';

/**
 * The daily subscription digest (DESIGN.md §5 "Subscriptions"): one e-mail per member, grouped by
 * subscription, each with its unsubscribe link. Its own template, not a notification kind: it
 * summarises many objects rather than telling of one event.
 */
export type DigestEmailNeed = {
  id: string;
  title: string;
  okpd2: string;
  quantity: string;
  unit: string;
  regionNameRu: string;
  regionNameEn: string;
  neededBy: string;
};
export type DigestEmailLot = {
  id: string;
  okpd2Kind: string;
  unit: string;
  totalQuantity: string;
  regionsCount: number;
};
export type DigestEmailCriteria = {
  okpd2Prefixes: string[];
  /** The regions followed, by name. */
  regions: { nameRu: string; nameEn: string }[];
  districts: string[];
  words: string;
};
export type DigestEmailSection = {
  criteria: DigestEmailCriteria;
  needs: DigestEmailNeed[];
  lots: DigestEmailLot[];
  unsubscribeLink: string;
};

type Words = {
  criteria: { okpd2: string; regions: string; districts: string; words: string };
  districts: Record<string, string>;
  subject: (count: number) => string;
  intro: string;
  follows: string;
  needs: string;
  lots: string;
  needLine: (need: DigestEmailNeed, unit: string, date: string) => string;
  lotLine: (lot: DigestEmailLot, unit: string) => string;
  unsubscribe: string;
  open: string;
  greeting: (name: string) => string;
  signature: string;
};

const unitSymbol = (code: string, language: Language) => {
  const unit = OKEI_UNITS.find((candidate) => candidate.code === code);
  if (!unit) return code;
  return language === 'en' ? unit.symbolEn : unit.symbolRu;
};

const dayFormat: Record<Language, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

const WORDS: Record<Language, Words> = {
  ru: {
    criteria: { okpd2: 'ОКПД2', regions: 'регионы', districts: 'округа', words: 'слова' },
    districts: {
      central: 'Центральный',
      northwestern: 'Северо-Западный',
      southern: 'Южный',
      north_caucasian: 'Северо-Кавказский',
      volga: 'Приволжский',
      ural: 'Уральский',
      siberian: 'Сибирский',
      far_eastern: 'Дальневосточный',
    },
    subject: (count) => `Новое по вашим подпискам: ${count}`,
    intro: 'Вот что нового появилось на бирже по вашим подпискам.',
    follows: 'Подписка',
    needs: 'Потребности',
    lots: 'Сводные лоты',
    needLine: (need, unit, date) =>
      `${need.title} — ${trimDecimal(need.quantity)} ${unit}, ${readableRegionName(need.regionNameRu)}, к ${date} (ОКПД2 ${need.okpd2})`,
    lotLine: (lot, unit) =>
      `Лот ОКПД2 ${lot.okpd2Kind}: ${trimDecimal(lot.totalQuantity)} ${unit}, регионов: ${lot.regionsCount}`,
    unsubscribe: 'Не присылать письма по этой подписке:',
    open: 'Все подписки и их предпросмотр:',
    greeting: (name) => `Здравствуйте, ${name}!`,
    signature: '— Биржа кооперации по импортозамещению «Замена»',
  },
  en: {
    criteria: { okpd2: 'OKPD2', regions: 'regions', districts: 'districts', words: 'words' },
    districts: {
      central: 'Central',
      northwestern: 'Northwestern',
      southern: 'Southern',
      north_caucasian: 'North Caucasian',
      volga: 'Volga',
      ural: 'Ural',
      siberian: 'Siberian',
      far_eastern: 'Far Eastern',
    },
    subject: (count) => `New on the exchange for your subscriptions: ${count}`,
    intro: 'Here is what appeared on the exchange for what you follow.',
    follows: 'Subscription',
    needs: 'Needs',
    lots: 'Pooled lots',
    needLine: (need, unit, date) =>
      `${need.title} — ${trimDecimal(need.quantity)} ${unit}, ${need.regionNameEn}, by ${date} (OKPD2 ${need.okpd2})`,
    lotLine: (lot, unit) =>
      `Lot OKPD2 ${lot.okpd2Kind}: ${trimDecimal(lot.totalQuantity)} ${unit}, ${lot.regionsCount} regions`,
    unsubscribe: 'Stop e-mails for this subscription:',
    open: 'All your subscriptions and their previews:',
    greeting: (name) => `Hello ${name},`,
    signature: '— Zamena, the import-substitution cooperation exchange',
  },
};

/** What a subscription follows, as the member reads it: `ОКПД2 28.15; регионы Рязанская область; слова «подшипник»`. */
function describe(criteria: DigestEmailCriteria, language: Language): string {
  const { criteria: names, districts } = WORDS[language];
  const parts = [
    criteria.okpd2Prefixes.length > 0 ? `${names.okpd2} ${criteria.okpd2Prefixes.join(', ')}` : '',
    criteria.regions.length > 0
      ? `${names.regions}: ${criteria.regions
          .map((region) => (language === 'en' ? region.nameEn : readableRegionName(region.nameRu)))
          .join(', ')}`
      : '',
    criteria.districts.length > 0
      ? `${names.districts}: ${criteria.districts.map((district) => districts[district] ?? district).join(', ')}`
      : '',
    criteria.words ? `${names.words} «${criteria.words}»` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

export function renderDigestEmail(
  sections: DigestEmailSection[],
  recipient: { fullName: string; language: string },
  publicUrl: string,
): Email {
  const language: Language = recipient.language === 'en' ? 'en' : 'ru';
  const words = WORDS[language];
  const base = publicUrl.replace(/\/$/, '');
  const count = sections.reduce((sum, section) => sum + section.needs.length + section.lots.length, 0);
  const body = sections.flatMap((section) => [
    `${words.follows}: ${describe(section.criteria, language)}`,
    ...(section.needs.length > 0
      ? [
          `${words.needs}:`,
          ...section.needs.flatMap((need) => [
            `• ${words.needLine(need, unitSymbol(need.unit, language), dayFormat[language].format(new Date(need.neededBy)))}`,
            `  ${base}/needs/${need.id}`,
          ]),
        ]
      : []),
    ...(section.lots.length > 0
      ? [
          `${words.lots}:`,
          ...section.lots.flatMap((lot) => [
            `• ${words.lotLine(lot, unitSymbol(lot.unit, language))}`,
            `  ${base}/lots/${lot.id}`,
          ]),
        ]
      : []),
    words.unsubscribe,
    section.unsubscribeLink,
    '',
  ]);
  return {
    subject: words.subject(count),
    text: [
      words.greeting(recipient.fullName),
      '',
      words.intro,
      '',
      ...body,
      words.open,
      `${base}/subscriptions`,
      '',
      words.signature,
    ].join('\n'),
  };
}
