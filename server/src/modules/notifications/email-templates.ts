import type {
  NotificationContent,
  NotificationKind,
  NotificationPayload,
} from '@zamena/shared/notifications/notification-kinds.schemas';
import { EN_TEMPLATES } from './email-templates.en';
import { RU_TEMPLATES } from './email-templates.ru';

export type Email = { subject: string; text: string };
export type Language = 'ru' | 'en';
/** `path`: where the e-mail's link leads, below the public address. */
export type EmailBody = { subject: string; lines: string[]; path: string };
/** One template per kind: a kind added to the shared contract without its e-mail fails to compile. */
export type EmailTemplates = { [K in NotificationKind]: (payload: NotificationPayload<K>) => EmailBody };

/** Subjects and bodies of the notification e-mails, by the recipient's language. */
const EMAIL_TEMPLATES: Record<Language, EmailTemplates> = { ru: RU_TEMPLATES, en: EN_TEMPLATES };

/** The line that offers a one-click "not our product" answer under an alert (DESIGN.md §4, step 6). */
const FEEDBACK_LINE: Record<Language, string> = {
  ru: 'Если это не ваша продукция, ответьте одним нажатием — такие потребности больше не будут вам приходить:',
  en: 'If this is not your product, answer with one click and such needs will stop reaching you:',
};

const SIGNATURE: Record<Language, (name: string) => [string, string]> = {
  ru: (name) => [`Здравствуйте, ${name}!`, '— Биржа кооперации по импортозамещению «Замена»'],
  en: (name) => [`Hello ${name},`, '— Zamena, the import-substitution cooperation exchange'],
};

/** Generic over the kind so the template and its payload are known to belong together (TS #47109). */
const bodyOf = <K extends NotificationKind>(
  templates: EmailTemplates,
  { kind, payload }: { kind: K; payload: NotificationPayload<K> },
): EmailBody => templates[kind](payload);

/**
 * `feedbackLink`: the signed "not our product" address of an alert's match for this recipient, when
 * the notification is an alert (`capability.need_fits`); it follows the alert's own link.
 */
export function renderEmail(
  notification: NotificationContent,
  recipient: { fullName: string; language: string },
  publicUrl: string,
  feedbackLink?: string,
): Email {
  const language: Language = recipient.language === 'en' ? 'en' : 'ru';
  const { subject, lines, path } = bodyOf(EMAIL_TEMPLATES[language], notification);
  const [greeting, signature] = SIGNATURE[language](recipient.fullName);
  const link = `${publicUrl.replace(/\/$/, '')}${path}`;
  const feedback = feedbackLink ? ['', FEEDBACK_LINE[language], feedbackLink] : [];
  return { subject, text: [greeting, '', ...lines, '', link, ...feedback, '', signature].join('\n') };
}
