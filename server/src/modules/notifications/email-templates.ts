import { MATCHING_NOTIFICATION_KINDS as KINDS } from '@zamena/shared/notifications/notifications.schemas';

export type Email = { subject: string; text: string };
type Language = 'ru' | 'en';
type Payload = Record<string, unknown>;
type Template = (payload: Payload) => { subject: string; lines: string[]; path: string };

/** The line that offers a one-click "not our product" answer under an alert (DESIGN.md §4, step 6). */
const FEEDBACK_LINE: Record<Language, string> = {
  ru: 'Если это не ваша продукция, ответьте одним нажатием — такие потребности больше не будут вам приходить:',
  en: 'If this is not your product, answer with one click and such needs will stop reaching you:',
};

const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The import page showing one import's report (`import.finished`). */
const importPath = (p: Payload) =>
  `/imports?kind=${p.kind === 'capabilities' ? 'capabilities' : 'needs'}&import=${encodeURIComponent(str(p.importId))}`;

/** Subjects and bodies of the notification e-mails, by the recipient's language. */
const TEMPLATES: Record<Language, Record<string, Template>> = {
  ru: {
    [KINDS.needMatched]: (p) => ({
      subject: `Найдены поставщики (${str(p.suppliers)}) для «${str(p.needTitle)}»`,
      lines: [
        `Для вашей потребности «${str(p.needTitle)}» найдено поставщиков: ${str(p.suppliers)}.`,
        'Откройте потребность, чтобы увидеть оценки совпадения и пригласить поставщиков к предложениям.',
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.needNoDomesticSupplier]: (p) => ({
      subject: `Отечественный поставщик не найден: «${str(p.needTitle)}»`,
      lines: [
        `Ни один производитель на бирже пока не делает то, что нужно по потребности «${str(p.needTitle)}».`,
        'Потребность учтена в реестре узких мест и инвестиционных нишах ассоциации; как только появится производитель, мы сообщим.',
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.needSupplierFound]: (p) => ({
      subject: `Новый поставщик для «${str(p.needTitle)}»`,
      lines: [
        `«${str(p.manufacturerName)}» опубликовал производственную возможность «${str(p.capabilityTitle)}», которая подходит вашей потребности «${str(p.needTitle)}».`,
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.capabilityNeedFits]: (p) => ({
      subject: `Потребность подходит вашим возможностям: «${str(p.needTitle)}»`,
      lines: [
        `Потребность «${str(p.needTitle)}» подходит вашей возможности «${str(p.capabilityTitle)}».`,
        'Вы можете сделать предложение покупателю.',
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.capabilityMatched]: (p) => ({
      subject: `Вашей возможности «${str(p.capabilityTitle)}» подходят потребности (${str(p.needs)})`,
      lines: [`Найдено открытых потребностей, подходящих «${str(p.capabilityTitle)}»: ${str(p.needs)}.`],
      path: `/capabilities/${str(p.capabilityId)}`,
    }),
    'import.finished': (p) =>
      p.status === 'succeeded'
        ? {
            subject: `Импорт «${str(p.filename)}» завершён`,
            lines: [`Файл «${str(p.filename)}» загружен: записей ${str(p.importedCount)}.`],
            path: importPath(p),
          }
        : {
            subject: `Импорт «${str(p.filename)}» не выполнен`,
            lines: [
              `Из файла «${str(p.filename)}» ничего не загружено.`,
              'Строки с ошибками перечислены на странице импорта: исправьте их и загрузите файл снова.',
            ],
            path: importPath(p),
          },
  },
  en: {
    [KINDS.needMatched]: (p) => ({
      subject: `${str(p.suppliers)} supplier(s) found for “${str(p.needTitle)}”`,
      lines: [
        `We found ${str(p.suppliers)} supplier(s) for your need “${str(p.needTitle)}”.`,
        'Open the need to see how well each one fits and invite them to bid.',
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.needNoDomesticSupplier]: (p) => ({
      subject: `No domestic supplier found for “${str(p.needTitle)}”`,
      lines: [
        `No manufacturer on the exchange makes what your need “${str(p.needTitle)}” asks for yet.`,
        "The need counts in the association's bottleneck register and investment niches; we will tell you as soon as a maker appears.",
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.needSupplierFound]: (p) => ({
      subject: `A new supplier for “${str(p.needTitle)}”`,
      lines: [
        `${str(p.manufacturerName)} published the capability “${str(p.capabilityTitle)}”, which fits your need “${str(p.needTitle)}”.`,
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.capabilityNeedFits]: (p) => ({
      subject: `A need fits your capability: “${str(p.needTitle)}”`,
      lines: [
        `The need “${str(p.needTitle)}” fits your capability “${str(p.capabilityTitle)}”.`,
        'You can make the buyer an offer.',
      ],
      path: `/needs/${str(p.needId)}`,
    }),
    [KINDS.capabilityMatched]: (p) => ({
      subject: `${str(p.needs)} open need(s) fit your capability “${str(p.capabilityTitle)}”`,
      lines: [`We found ${str(p.needs)} open need(s) that fit “${str(p.capabilityTitle)}”.`],
      path: `/capabilities/${str(p.capabilityId)}`,
    }),
    'import.finished': (p) =>
      p.status === 'succeeded'
        ? {
            subject: `Import of “${str(p.filename)}” finished`,
            lines: [`The file “${str(p.filename)}” is loaded: ${str(p.importedCount)} records.`],
            path: importPath(p),
          }
        : {
            subject: `Import of “${str(p.filename)}” failed`,
            lines: [
              `Nothing was loaded from “${str(p.filename)}”.`,
              'The rows with errors are listed on the import page: fix them and upload the file again.',
            ],
            path: importPath(p),
          },
  },
};

const FALLBACK: Record<Language, Template> = {
  ru: () => ({
    subject: 'Новое уведомление на «Замене»',
    lines: ['У вас новое уведомление.'],
    path: '/notifications',
  }),
  en: () => ({
    subject: 'A new notification on Zamena',
    lines: ['You have a new notification.'],
    path: '/notifications',
  }),
};

const SIGNATURE: Record<Language, (name: string) => [string, string]> = {
  ru: (name) => [`Здравствуйте, ${name}!`, '— Биржа кооперации по импортозамещению «Замена»'],
  en: (name) => [`Hello ${name},`, '— Zamena, the import-substitution cooperation exchange'],
};

/**
 * `feedbackLink`: the signed "not our product" address of an alert's match for this recipient, when
 * the notification is an alert (`capability.need_fits`); it follows the alert's own link.
 */
export function renderEmail(
  notification: { kind: string; payload: Payload },
  recipient: { fullName: string; language: string },
  publicUrl: string,
  feedbackLink?: string,
): Email {
  const language: Language = recipient.language === 'en' ? 'en' : 'ru';
  const template = TEMPLATES[language][notification.kind] ?? FALLBACK[language];
  const { subject, lines, path } = template(notification.payload);
  const [greeting, signature] = SIGNATURE[language](recipient.fullName);
  const link = `${publicUrl.replace(/\/$/, '')}${path}`;
  const feedback = feedbackLink ? ['', FEEDBACK_LINE[language], feedbackLink] : [];
  return { subject, text: [greeting, '', ...lines, '', link, ...feedback, '', signature].join('\n') };
}
