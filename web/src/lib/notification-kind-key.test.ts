import { NOTIFICATION_KINDS } from '@zamena/shared/notifications/notification-kinds.schemas';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en';
import { ru } from '../i18n/locales/ru';
import { kindKey } from './notification-kind-key';

describe('kindKey', () => {
  it('names every kind in both languages', () => {
    expect(kindKey('need.no_domestic_supplier')).toBe('needNoDomesticSupplier');
    for (const kind of NOTIFICATION_KINDS) {
      expect(ru.notificationKindNames[kindKey(kind)]).toBeTruthy();
      expect(en.notificationKindNames[kindKey(kind)]).toBeTruthy();
    }
  });
});
