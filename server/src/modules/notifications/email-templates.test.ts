import { describe, expect, it } from 'vitest';
import { renderEmail } from './email-templates';

const matched = {
  kind: 'need.matched',
  payload: { needId: 'n1', needTitle: 'Подшипник 7510', suppliers: 3 },
};

describe('notification e-mails', () => {
  it('speaks Russian by default and links to the need', () => {
    const email = renderEmail(matched, { fullName: 'Ирина', language: 'ru' }, 'https://zamena.example/');
    expect(email.subject).toBe('Найдены поставщики (3) для «Подшипник 7510»');
    expect(email.text).toContain('Здравствуйте, Ирина!');
    expect(email.text).toContain('https://zamena.example/needs/n1');
  });

  it('speaks English to users who chose it', () => {
    const email = renderEmail(matched, { fullName: 'Irina', language: 'en' }, 'http://localhost:3000');
    expect(email.subject).toBe('3 supplier(s) found for “Подшипник 7510”');
    expect(email.text).toContain('Hello Irina,');
    expect(email.text).toContain('http://localhost:3000/needs/n1');
  });

  it('has a template for every matching kind and a generic one for others', () => {
    for (const kind of [
      'need.no_domestic_supplier',
      'need.supplier_found',
      'capability.need_fits',
      'capability.matched',
    ]) {
      const ru = renderEmail({ kind, payload: {} }, { fullName: 'И', language: 'ru' }, 'http://x');
      expect(ru.subject).not.toBe('Новое уведомление на «Замене»');
    }
    const other = renderEmail(
      { kind: 'bid.accepted', payload: {} },
      { fullName: 'I', language: 'en' },
      'http://x',
    );
    expect(other).toMatchObject({ subject: 'A new notification on Zamena' });
    expect(other.text).toContain('http://x/notifications');
  });

  it("puts the signed 'not our product' link under an alert, and nowhere without one", () => {
    const alert = {
      kind: 'capability.need_fits',
      payload: { needId: 'n1', needTitle: 'Насос К 80', capabilityTitle: 'Насосы' },
    };
    const link = 'https://zamena.example/feedback/matches/m1?token=abc.def';
    const withLink = renderEmail(alert, { fullName: 'I', language: 'en' }, 'https://zamena.example', link);
    expect(withLink.text).toContain('If this is not your product');
    expect(withLink.text).toContain(link);
    const without = renderEmail(alert, { fullName: 'I', language: 'ru' }, 'https://zamena.example');
    expect(without.text).not.toContain('feedback');
  });

  it('tells the uploader how an import went, with a link to its report', () => {
    const payload = { importId: 'i1', kind: 'capabilities', filename: 'мощности.xlsx', importedCount: 250 };
    const done = renderEmail(
      { kind: 'import.finished', payload: { ...payload, status: 'succeeded' } },
      { fullName: 'Ирина', language: 'ru' },
      'https://zamena.example',
    );
    expect(done.subject).toBe('Импорт «мощности.xlsx» завершён');
    expect(done.text).toContain('записей 250');
    expect(done.text).toContain('https://zamena.example/imports?kind=capabilities&import=i1');
    const failed = renderEmail(
      { kind: 'import.finished', payload: { ...payload, status: 'failed', importedCount: 0 } },
      { fullName: 'Irina', language: 'en' },
      'https://zamena.example',
    );
    expect(failed.subject).toBe('Import of “мощности.xlsx” failed');
    expect(failed.text).toContain('Nothing was loaded');
  });
});
