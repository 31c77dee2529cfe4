import type { OrderStatus } from '@zamena/shared/orders/orders.schemas';
import type { EmailTemplates } from './email-templates';

/** Dates are calendar days (`validUntil`), so they are shown as written, without a time zone shift. */
const day = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' });

/** As the web client names them (web/src/i18n/locales/ru.ts, `orders.status`). */
const ORDER_STATUS: Record<OrderStatus, string> = {
  confirmed: 'подтверждён',
  in_production: 'в производстве',
  shipped: 'отгружен',
  delivered: 'доставлен',
  completed: 'завершён',
  cancelled: 'отменён',
  disputed: 'спор',
};

export const RU_TEMPLATES: EmailTemplates = {
  'need.matched': (p) => ({
    subject: `Найдены поставщики (${p.suppliers}) для «${p.needTitle}»`,
    lines: [
      `Для вашей потребности «${p.needTitle}» найдено поставщиков: ${p.suppliers}.`,
      'Откройте потребность, чтобы увидеть оценки совпадения и пригласить поставщиков к предложениям.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'need.no_domestic_supplier': (p) => ({
    subject: `Отечественный поставщик не найден: «${p.needTitle}»`,
    lines: [
      `Ни один производитель на бирже пока не делает то, что нужно по потребности «${p.needTitle}».`,
      'Потребность учтена в реестре узких мест и инвестиционных нишах ассоциации; как только появится производитель, мы сообщим.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'need.supplier_found': (p) => ({
    subject: `Новый поставщик для «${p.needTitle}»`,
    lines: [
      `«${p.manufacturerName}» опубликовал производственную возможность «${p.capabilityTitle}», которая подходит вашей потребности «${p.needTitle}».`,
    ],
    path: `/needs/${p.needId}`,
  }),
  'capability.need_fits': (p) => ({
    subject: `Потребность подходит вашим возможностям: «${p.needTitle}»`,
    lines: [
      `Потребность «${p.needTitle}» подходит вашей возможности «${p.capabilityTitle}».`,
      'Вы можете сделать предложение покупателю.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'capability.matched': (p) => ({
    subject: `Вашей возможности «${p.capabilityTitle}» подходят потребности (${p.needs})`,
    lines: [`Найдено открытых потребностей, подходящих «${p.capabilityTitle}»: ${p.needs}.`],
    path: `/capabilities/${p.capabilityId}`,
  }),
  'bid.submitted': (p) => ({
    subject: `Новое предложение по «${p.needTitle}»`,
    lines: [
      `Поставщик сделал предложение по вашей потребности «${p.needTitle}».`,
      'Откройте потребность, чтобы сравнить предложения.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'bid.revised': (p) => ({
    subject: `Предложение по «${p.needTitle}» изменено`,
    lines: [
      `Поставщик изменил предложение по потребности «${p.needTitle}» (редакция ${p.revision}).`,
      'Сравните его заново, прежде чем принимать решение.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'bid.withdrawn': (p) => ({
    subject: `Предложение по «${p.needTitle}» отозвано`,
    lines: [`Поставщик отозвал предложение по потребности «${p.needTitle}».`],
    path: `/needs/${p.needId}`,
  }),
  'bid.accepted': (p) => ({
    subject: `Ваше предложение по «${p.needTitle}» принято`,
    lines: [
      `Заказчик принял ваше предложение по потребности «${p.needTitle}» — создан заказ.`,
      'Откройте заказ, чтобы вести его дальше.',
    ],
    path: `/orders/${p.orderId}`,
  }),
  'bid.rejected': (p) => ({
    subject: `Ваше предложение по «${p.needTitle}» отклонено`,
    lines: [`Заказчик отклонил ваше предложение по потребности «${p.needTitle}».`, `Причина: ${p.reason}`],
    path: `/needs/${p.needId}`,
  }),
  'bid.expired': (p) => ({
    subject: 'Срок вашего предложения истёк',
    lines: [
      `Ваше предложение действовало до ${day.format(new Date(p.validUntil))} и больше не может быть принято.`,
      'Пока потребность открыта, можно сделать новое предложение.',
    ],
    path: `/needs/${p.needId}`,
  }),
  'order.created': (p) => ({
    subject: `Создан заказ по «${p.needTitle}»`,
    lines: [`По потребности «${p.needTitle}» принято предложение — создан заказ.`],
    path: `/orders/${p.orderId}`,
  }),
  'order.status_changed': (p) => ({
    subject: `Заказ по «${p.needTitle}»: ${ORDER_STATUS[p.to]}`,
    lines: [
      `Статус заказа по потребности «${p.needTitle}» изменён: ${ORDER_STATUS[p.from]} → ${ORDER_STATUS[p.to]}.`,
    ],
    path: `/orders/${p.orderId}`,
  }),
  'order.delivery_shipped': (p) => ({
    subject: `Отгрузка по заказу «${p.needTitle}»`,
    lines: [
      `Поставщик отгрузил ${p.quantity} по заказу «${p.needTitle}». Примите поставку на странице заказа.`,
    ],
    path: `/orders/${p.orderId}`,
  }),
  'order.delivery_accepted': (p) => ({
    subject: `Поставка по заказу «${p.needTitle}» принята`,
    lines: [
      `Покупатель принял ${p.acceptedQuantity} по заказу «${p.needTitle}».`,
      ...(p.completed ? ['Заказ полностью принят и завершён.'] : []),
    ],
    path: `/orders/${p.orderId}`,
  }),
  'order.rated': (p) => ({
    subject: `Покупатель оценил заказ «${p.needTitle}»`,
    lines: [
      `Оценки: сроки — ${p.onTime}, качество — ${p.quality}, взаимодействие — ${p.communication} из 5.`,
    ],
    path: `/orders/${p.orderId}`,
  }),
  'message.received': (p) => ({
    subject: `Новое сообщение по «${p.needTitle}»`,
    lines: [
      `В переписке по потребности «${p.needTitle}» новое сообщение.`,
      'Ответить можно на странице потребности.',
    ],
    path: `/needs/${p.needId}#messages`,
  }),
  'lot.published': (p) => ({
    subject: `Опубликован лот «${p.okpd2KindName ?? p.okpd2Kind}»`,
    lines: [
      `Ваша потребность вошла в сводный лот «${p.okpd2KindName ?? p.okpd2Kind}»: потребностей ${p.needsCount}, регионов ${p.regionsCount}.`,
      'Производители смогут предложить цену на весь объём.',
    ],
    path: `/lots/${p.lotId}`,
  }),
  'subscription.need': (p) => ({
    subject: `Новая потребность по подписке: «${p.needTitle}»`,
    lines: [
      `Опубликована потребность «${p.needTitle}» (ОКПД2 ${p.okpd2}, регион ${p.regionCode}), подходящая под вашу подписку.`,
    ],
    path: `/needs/${p.needId}`,
  }),
  'subscription.lot': (p) => ({
    subject: `Новый лот по подписке: «${p.okpd2KindName ?? p.okpd2Kind}»`,
    lines: [
      `Опубликован сводный лот «${p.okpd2KindName ?? p.okpd2Kind}»: потребностей ${p.needsCount}, регионов ${p.regionsCount}.`,
    ],
    path: `/lots/${p.lotId}`,
  }),
  'residency.decision': (p) => ({
    subject:
      p.decision === 'verify'
        ? `Резидентство в «${p.siteName}» подтверждено`
        : `Резидентство в «${p.siteName}» не подтверждено`,
    lines:
      p.decision === 'verify'
        ? ['Ассоциация подтвердила резидентство; оно показано в профиле организации.']
        : [`Причина: ${p.reason}`, 'Исправьте данные и заявите резидентство снова в настройках организации.'],
    path: `/organizations/${p.organizationId}`,
  }),
  'organization.verification': (p) => ({
    subject: {
      verify: `Организация «${p.organizationName}» подтверждена`,
      refuse: `Организация «${p.organizationName}» не подтверждена`,
      revoke: `Подтверждение организации «${p.organizationName}» отозвано`,
    }[p.decision],
    lines: [
      {
        verify:
          'Ассоциация проверила регистрационные данные: в профиле организации теперь стоит отметка «Подтверждена».',
        refuse: 'Ассоциация не смогла подтвердить организацию по её регистрационным данным.',
        revoke: 'Ассоциация отозвала подтверждение организации.',
      }[p.decision],
      ...(p.reason ? [`Причина: ${p.reason}`] : []),
    ],
    path: `/organizations/${p.organizationId}`,
  }),
  'import.finished': (p) =>
    p.status === 'succeeded'
      ? {
          subject: `Импорт «${p.filename}» завершён`,
          lines: [`Файл «${p.filename}» загружен: записей ${p.importedCount}.`],
          path: `/imports?kind=${p.kind}&import=${p.importId}`,
        }
      : {
          subject: `Импорт «${p.filename}» не выполнен`,
          lines: [
            `Из файла «${p.filename}» ничего не загружено.`,
            'Строки с ошибками перечислены на странице импорта: исправьте их и загрузите файл снова.',
          ],
          path: `/imports?kind=${p.kind}&import=${p.importId}`,
        },
};
