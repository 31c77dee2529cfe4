import {
  exampleContents,
  NOTIFICATION_EXAMPLES,
} from '@zamena/shared/notifications/notification-kinds.examples';
import { NOTIFICATION_KINDS } from '@zamena/shared/notifications/notification-kinds.schemas';
import { describe, expect, it } from 'vitest';
import { renderEmail } from './email-templates';

const NEED = NOTIFICATION_EXAMPLES['need.matched'].needId;
const matched = { kind: 'need.matched', payload: NOTIFICATION_EXAMPLES['need.matched'] } as const;

describe('notification e-mails', () => {
  it('speaks Russian by default and links to the need', () => {
    const email = renderEmail(matched, { fullName: 'Ирина', language: 'ru' }, 'https://zamena.example/');
    expect(email.subject).toBe('Найдены поставщики (3) для «Подшипник 7510»');
    expect(email.text).toContain('Здравствуйте, Ирина!');
    expect(email.text).toContain(`https://zamena.example/needs/${NEED}`);
  });

  it('speaks English to users who chose it', () => {
    const email = renderEmail(matched, { fullName: 'Irina', language: 'en' }, 'http://localhost:3000');
    expect(email.subject).toBe('3 supplier(s) found for “Подшипник 7510”');
    expect(email.text).toContain('Hello Irina,');
    expect(email.text).toContain(`http://localhost:3000/needs/${NEED}`);
  });

  it('has its own subject and link for every kind of the shared contract, in both languages', () => {
    const contents = exampleContents();
    expect(contents.map((content) => content.kind)).toEqual(NOTIFICATION_KINDS);
    for (const language of ['ru', 'en']) {
      const emails = contents.map((content) =>
        renderEmail(content, { fullName: 'И', language }, 'https://zamena.example'),
      );
      expect(new Set(emails.map((email) => email.subject)).size, language).toBe(contents.length);
      for (const email of emails) {
        expect(email.text).toMatch(
          /https:\/\/zamena\.example\/(needs|capabilities|orders|lots|imports|organizations)\b/,
        );
        expect(email.text).not.toMatch(/undefined|null|\[object/);
      }
    }
  });

  it('names order statuses and dates in the recipient’s language', () => {
    const moved = {
      kind: 'order.status_changed',
      payload: NOTIFICATION_EXAMPLES['order.status_changed'],
    } as const;
    const ru = renderEmail(moved, { fullName: 'И', language: 'ru' }, 'http://x');
    expect(ru.subject).toBe('Заказ по «Втулка»: отгружен');
    expect(ru.text).toContain('подтверждён → отгружен');
    const expired = { kind: 'bid.expired', payload: NOTIFICATION_EXAMPLES['bid.expired'] } as const;
    expect(renderEmail(expired, { fullName: 'I', language: 'en' }, 'http://x').text).toContain(
      'valid until 31 January 2027',
    );
    expect(renderEmail(expired, { fullName: 'И', language: 'ru' }, 'http://x').text).toContain(
      'до 31 января 2027 г.',
    );
  });

  it("puts the signed 'not our product' link under an alert, and nowhere without one", () => {
    const alert = {
      kind: 'capability.need_fits',
      payload: NOTIFICATION_EXAMPLES['capability.need_fits'],
    } as const;
    const link = 'https://zamena.example/feedback/matches/m1?token=abc.def';
    const withLink = renderEmail(alert, { fullName: 'I', language: 'en' }, 'https://zamena.example', link);
    expect(withLink.text).toContain('If this is not your product');
    expect(withLink.text).toContain(link);
    const without = renderEmail(alert, { fullName: 'I', language: 'ru' }, 'https://zamena.example');
    expect(without.text).not.toContain('feedback');
  });

  it('tells the uploader how an import went, with a link to its report', () => {
    const payload = NOTIFICATION_EXAMPLES['import.finished'];
    const done = renderEmail(
      { kind: 'import.finished', payload },
      { fullName: 'Ирина', language: 'ru' },
      'https://zamena.example',
    );
    expect(done.subject).toBe('Импорт «мощности.xlsx» завершён');
    expect(done.text).toContain('записей 250');
    expect(done.text).toContain(
      `https://zamena.example/imports?kind=capabilities&import=${payload.importId}`,
    );
    const failed = renderEmail(
      { kind: 'import.finished', payload: { ...payload, status: 'failed', importedCount: 0 } },
      { fullName: 'Irina', language: 'en' },
      'https://zamena.example',
    );
    expect(failed.subject).toBe('Import of “мощности.xlsx” failed');
    expect(failed.text).toContain('Nothing was loaded');
  });
});
