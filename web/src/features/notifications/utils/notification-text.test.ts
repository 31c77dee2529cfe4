import {
  exampleContents,
  NOTIFICATION_EXAMPLES,
} from '@zamena/shared/notifications/notification-kinds.examples';
import type { NotificationContent } from '@zamena/shared/notifications/notification-kinds.schemas';
import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../i18n/locales/en';
import { ru } from '../../../i18n/locales/ru';
import { describeNotification } from './notification-text';

const { needId: NEED } = NOTIFICATION_EXAMPLES['need.matched'];
const { orderId: ORDER } = NOTIFICATION_EXAMPLES['bid.accepted'];
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: 'ru',
    interpolation: { escapeValue: false },
  });
});

const notification = (content: NotificationContent): Notification => ({
  id: '9f0c0d6e-6a43-4c57-b3ad-1c2f5f3e8a33',
  ...content,
  readAt: null,
  createdAt: '2027-01-10T09:00:00.000Z',
});

describe('notification texts', () => {
  it('has its own text for every kind of the shared contract, in both languages', () => {
    for (const language of ['ru', 'en']) {
      const t = i18n.getFixedT(language);
      const other = t('notifications.kinds.other', { kind: '' });
      for (const content of exampleContents()) {
        const { text, href } = describeNotification(t, notification(content), language);
        expect(text, content.kind).not.toContain(other);
        expect(text, content.kind).not.toMatch(/notifications\.kinds|\{\{|undefined|null/);
        expect(href, content.kind).toMatch(/^\/(needs|capabilities|orders|lots|imports|organizations)\b/);
      }
    }
  });

  it('says how many suppliers were found for which need, in Russian and English', () => {
    const matched = notification({ kind: 'need.matched', payload: NOTIFICATION_EXAMPLES['need.matched'] });
    expect(describeNotification(i18n.getFixedT('ru'), matched, 'ru')).toEqual({
      text: 'Найдено поставщиков: 3 для «Подшипник 7510»',
      href: `/needs/${NEED}`,
    });
    expect(describeNotification(i18n.getFixedT('en'), matched, 'en').text).toBe(
      'Suppliers found: 3 for “Подшипник 7510”',
    );
  });

  it('tells the buyer plainly when nobody in the country makes the need', () => {
    const gap = notification({
      kind: 'need.no_domestic_supplier',
      payload: NOTIFICATION_EXAMPLES['need.no_domestic_supplier'],
    });
    expect(describeNotification(i18n.getFixedT('ru'), gap, 'ru')).toEqual({
      text: 'Отечественный поставщик для «Камера 10 кВ» не найден: потребность учтена как узкое место',
      href: `/needs/${NEED}`,
    });
    expect(describeNotification(i18n.getFixedT('en'), gap, 'en').text).toContain(
      'No domestic supplier found',
    );
  });

  it('leads an accepted bid to its order and names the new order status', () => {
    const t = i18n.getFixedT('ru');
    const accepted = notification({ kind: 'bid.accepted', payload: NOTIFICATION_EXAMPLES['bid.accepted'] });
    expect(describeNotification(t, accepted, 'ru').href).toBe(`/orders/${ORDER}`);
    const shipped = notification({
      kind: 'order.status_changed',
      payload: NOTIFICATION_EXAMPLES['order.status_changed'],
    });
    expect(describeNotification(t, shipped, 'ru').text).toContain(ru.orders.status.shipped);
  });

  it('tells how an import went and leads to its report on the import page', () => {
    const payload = NOTIFICATION_EXAMPLES['import.finished'];
    const done = notification({ kind: 'import.finished', payload });
    expect(describeNotification(i18n.getFixedT('ru'), done, 'ru')).toEqual({
      text: 'Импорт «мощности.xlsx» завершён: загружено записей: 250',
      href: `/imports?kind=capabilities&import=${payload.importId}`,
    });
    const refused = notification({
      kind: 'import.finished',
      payload: { ...payload, kind: 'needs', filename: 'needs.csv', status: 'failed', importedCount: 0 },
    });
    expect(describeNotification(i18n.getFixedT('en'), refused, 'en')).toEqual({
      text: 'Import of “needs.csv” failed: nothing was loaded; the errors are on the import page',
      href: `/imports?kind=needs&import=${payload.importId}`,
    });
  });

  it('never builds a link from a malformed id and still reads a kind newer than the tab', () => {
    const t = i18n.getFixedT('ru');
    const hostile = notification({
      kind: 'message.received',
      payload: { ...NOTIFICATION_EXAMPLES['message.received'], needId: '../../admin' },
    });
    expect(describeNotification(t, hostile, 'ru').href).toBeNull();
    // A server deployed after this tab opened may send a kind the bundle does not know.
    const newer = {
      ...notification(exampleContents()[0]!),
      kind: 'audit.something',
    } as unknown as Notification;
    expect(describeNotification(t, newer, 'ru').text).toContain('audit.something');
  });
});
