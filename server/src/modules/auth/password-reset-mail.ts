import type { Db } from '../../db/client';
import { handle } from '../../queue/worker-runtime';
import type { Email } from '../notifications/email-templates';
import type { Mailer } from '../notifications/mailer';
import { sendPasswordResetJob } from './auth.jobs';
import { resetLink, type ResetTokens } from './password-reset-token';
import { createPasswordResetsRepo } from './password-resets.repo';

type Deps = {
  db: Db;
  /** Absent without `SMTP_URL`: no e-mail, so no reset by e-mail either. */
  mailer?: Mailer;
  publicUrl: string;
  resetTokens: ResetTokens;
  clock?: () => Date;
};

type Facts = { fullName: string; link: string; minutes: number };

const TEMPLATES: Record<'ru' | 'en', (facts: Facts) => Email> = {
  ru: ({ fullName, link, minutes }) => ({
    subject: 'Сброс пароля на «Замене»',
    text: [
      `Здравствуйте, ${fullName}!`,
      '',
      'Кто-то (надеемся, вы) попросил сбросить пароль вашей учётной записи. Чтобы задать новый пароль, откройте ссылку:',
      '',
      link,
      '',
      `Ссылка действует ${minutes} мин. и только один раз. Если вы не просили сбросить пароль, просто удалите это письмо: ваш пароль не изменится.`,
      '',
      '— Биржа кооперации по импортозамещению «Замена»',
    ].join('\n'),
  }),
  en: ({ fullName, link, minutes }) => ({
    subject: 'Reset your Zamena password',
    text: [
      `Hello ${fullName},`,
      '',
      'Someone (we hope you) asked to reset the password of your account. To choose a new password, open this link:',
      '',
      link,
      '',
      `The link works once, for ${minutes} minutes. If you did not ask for this, delete this e-mail: your password stays as it is.`,
      '',
      '— Zamena, the import-substitution cooperation exchange',
    ].join('\n'),
  }),
};

/**
 * Sends the reset e-mail once (`emailed_at`, set right after SMTP accepted it, guards retries); a reset
 * used or expired before its job ran is left alone.
 */
export function passwordResetJobHandlers({
  db,
  mailer,
  publicUrl,
  resetTokens,
  clock = () => new Date(),
}: Deps) {
  const repo = createPasswordResetsRepo(db);
  return [
    handle(sendPasswordResetJob, async ({ resetId }) => {
      const reset = await repo.forDelivery(resetId);
      if (!reset || reset.emailedAt || !mailer) return { emailed: false };
      const minutes = Math.max(1, Math.round((reset.expiresAt.getTime() - clock().getTime()) / 60_000));
      const render = TEMPLATES[reset.language === 'en' ? 'en' : 'ru'];
      const link = resetLink(publicUrl, resetTokens.tokenOf(reset.id));
      await mailer.send(reset.email, render({ fullName: reset.fullName, link, minutes }));
      await repo.markEmailed(reset.id);
      return { emailed: true };
    }),
  ];
}
