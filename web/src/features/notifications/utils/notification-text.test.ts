import type { Notification } from '@zamena/shared/notifications/notifications.schemas';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../i18n/locales/en';
import { ru } from '../../../i18n/locales/ru';
import { describeNotification } from './notification-text';

const NEED = '0b6f3f7e-2f7a-4c1e-9a57-2c0f6f1b1a11';
const ORDER = '5d1c1a52-3b0e-4d53-8f0a-7d3b2e6c9f22';
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: 'ru',
    interpolation: { escapeValue: false },
  });
});

const notification = (kind: string, payload: Record<string, unknown>): Notification => ({
  id: '9f0c0d6e-6a43-4c57-b3ad-1c2f5f3e8a33',
  kind,
  payload,
  readAt: null,
  createdAt: '2027-01-10T09:00:00.000Z',
});

describe('notification texts', () => {
  it('says how many suppliers were found for which need, in Russian and English', () => {
    const matched = notification('need.matched', { needId: NEED, needTitle: 'Подшипник 7510', suppliers: 3 });
    expect(describeNotification(i18n.getFixedT('ru'), matched, 'ru')).toEqual({
      text: 'Найдено поставщиков: 3 для «Подшипник 7510»',
      href: `/needs/${NEED}`,
    });
    expect(describeNotification(i18n.getFixedT('en'), matched, 'en').text).toBe(
      'Suppliers found: 3 for “Подшипник 7510”',
    );
  });

  it('tells the buyer plainly when nobody in the country makes the need', () => {
    const gap = notification('need.no_domestic_supplier', {
      needId: NEED,
      needTitle: 'Камера 10 кВ',
      possible: 2,
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
    const accepted = notification('bid.accepted', { needId: NEED, needTitle: 'Втулка', orderId: ORDER });
    expect(describeNotification(t, accepted, 'ru').href).toBe(`/orders/${ORDER}`);
    const shipped = notification('order.status_changed', {
      orderId: ORDER,
      needTitle: 'Втулка',
      to: 'shipped',
    });
    expect(describeNotification(t, shipped, 'ru').text).toContain(ru.orders.status.shipped);
  });

  it('tells how an import went and leads to its report on the import page', () => {
    const IMPORT = '2a4b6c8d-1e3f-4a5b-8c7d-9e0f1a2b3c44';
    const done = notification('import.finished', {
      importId: IMPORT,
      kind: 'capabilities',
      filename: 'мощности.xlsx',
      status: 'succeeded',
      importedCount: 250,
    });
    expect(describeNotification(i18n.getFixedT('ru'), done, 'ru')).toEqual({
      text: 'Импорт «мощности.xlsx» завершён: загружено записей: 250',
      href: `/imports?kind=capabilities&import=${IMPORT}`,
    });
    const refused = notification('import.finished', {
      importId: IMPORT,
      kind: 'needs',
      filename: 'needs.csv',
      status: 'failed',
      importedCount: 0,
    });
    expect(describeNotification(i18n.getFixedT('en'), refused, 'en')).toEqual({
      text: 'Import of “needs.csv” failed: nothing was loaded; the errors are on the import page',
      href: `/imports?kind=needs&import=${IMPORT}`,
    });
  });

  it('never builds a link from a malformed id and still reads an unknown kind', () => {
    const t = i18n.getFixedT('ru');
    const hostile = notification('message.received', { needId: '../../admin', needTitle: 'X' });
    expect(describeNotification(t, hostile, 'ru').href).toBeNull();
    expect(describeNotification(t, notification('audit.something', {}), 'ru').text).toContain(
      'audit.something',
    );
  });
});
