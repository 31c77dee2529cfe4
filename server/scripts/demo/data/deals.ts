/**
 * The demo's trade: bids on needs and where each one ended up (an order at every stage of its life,
 * bids still waiting, a rejected one), the analyst's review of a few matches, and the lots the analyst
 * publishes with the manufacturers' bids on them.
 */
import type { OrderStatus } from '@zamena/shared/orders/orders.schemas';

export type DealOutcome = 'submitted' | 'rejected' | OrderStatus;

export type DemoBid = {
  need: string;
  maker: string;
  /** The bidder's capability the offer is made from, if any. */
  capability?: string;
  unitPrice: string;
  /** The need's whole quantity unless given. */
  quantity?: string;
  leadTimeDays: number;
  comment: string;
  outcome: DealOutcome;
  /** Why the order was cancelled or disputed, or the bid rejected. */
  note?: string;
};

export const BIDS: DemoBid[] = [
  // Orders, one at every stage.
  {
    need: 'ryazan-mill',
    maker: 'nsk.tools',
    capability: 'end-mills',
    unitPrice: '3650.00',
    leadTimeDays: 30,
    comment: 'Сплав ВК8 с покрытием TiAlN, стойкость подтверждена испытаниями на СЧ20.',
    outcome: 'completed',
  },
  {
    need: 'ryazan-cuff',
    maker: 'samara.seals',
    capability: 'shaft-seals',
    unitPrice: '39.80',
    leadTimeDays: 20,
    comment: 'Две партии по 2500 шт., протоколы испытаний к каждой партии.',
    outcome: 'in_production',
  },
  {
    need: 'ryazan-pcb',
    maker: 'spb.electronics',
    capability: 'pcb-assembly',
    unitPrice: '13900.00',
    leadTimeDays: 40,
    comment: 'Монтаж по вашему перечню элементов, 100 % функциональный контроль.',
    outcome: 'shipped',
  },
  {
    need: 'ryazan-casting',
    maker: 'voronezh.foundry',
    capability: 'iron-castings',
    unitPrice: '178000.00',
    leadTimeDays: 50,
    comment: 'Модельная оснастка за наш счёт при заказе всей партии.',
    outcome: 'confirmed',
  },
  {
    need: 'nkamsk-gate',
    maker: 'ufa.valves',
    capability: 'gate-valves',
    unitPrice: '46200.00',
    leadTimeDays: 45,
    comment: 'Корпус 20Л, испытания по ГОСТ 33257, паспорт на каждое изделие.',
    outcome: 'delivered',
  },
  {
    need: 'nkamsk-6310',
    maker: 'maker.omsk',
    capability: 'ball-bearings-omsk',
    unitPrice: '1290.00',
    leadTimeDays: 30,
    comment: 'Со склада 300 шт., остальное через 30 дней.',
    outcome: 'shipped',
  },
  {
    need: 'yar-ball-valve',
    maker: 'ufa.valves',
    capability: 'ball-valves',
    unitPrice: '22800.00',
    leadTimeDays: 30,
    comment: 'Сталь 12Х18Н10Т, одобрение РМРС.',
    outcome: 'completed',
  },
  {
    need: 'samara-housing',
    maker: 'voronezh.foundry',
    capability: 'iron-castings',
    unitPrice: '169000.00',
    leadTimeDays: 55,
    comment: 'Гидроиспытание отливок на нашем стенде.',
    outcome: 'in_production',
  },
  {
    need: 'chel-steel-casting',
    maker: 'voronezh.foundry',
    capability: 'steel-castings',
    unitPrice: '249000.00',
    leadTimeDays: 60,
    comment: 'Ультразвуковой контроль 100 % отливок.',
    outcome: 'shipped',
  },
  {
    need: 'ural-gearbox',
    maker: 'chel.gear',
    capability: 'gearboxes',
    unitPrice: '398000.00',
    leadTimeDays: 90,
    comment: 'Присоединительные размеры как у Flender, шеф-монтаж включён.',
    outcome: 'cancelled',
    note: 'Модернизация конвейера перенесена на следующий год.',
  },
  {
    need: 'ural-hose',
    maker: 'yar.rti',
    capability: 'hoses',
    unitPrice: '1580.00',
    leadTimeDays: 14,
    comment: 'Опрессовка фитингов DKOL, испытание каждой сборки давлением 43 МПа.',
    outcome: 'disputed',
    note: '40 рукавов из первой партии не прошли входной контроль: течь по заделке фитинга.',
  },
  // Bids waiting for the buyer's decision.
  {
    need: 'ryazan-7510',
    maker: 'maker.omsk',
    capability: 'tapered-bearings',
    unitPrice: '790.00',
    leadTimeDays: 45,
    comment: 'Поставка партиями по 300 шт., класс точности 6.',
    outcome: 'submitted',
  },
  {
    need: 'ryazan-valve',
    maker: 'perm.hydraulics',
    capability: 'directional-valves',
    unitPrice: '36500.00',
    leadTimeDays: 60,
    comment: 'Присоединительные размеры по ISO 4401-05, как у 4WE10.',
    outcome: 'submitted',
  },
  {
    need: 'ural-7515',
    maker: 'maker.omsk',
    capability: 'tapered-bearings',
    unitPrice: '1980.00',
    leadTimeDays: 45,
    comment: 'Усиленное исполнение для горного оборудования.',
    outcome: 'submitted',
  },
  {
    need: 'samara-6305',
    maker: 'maker.omsk',
    capability: 'ball-bearings-omsk',
    unitPrice: '295.00',
    leadTimeDays: 30,
    comment: 'Отгрузка со склада в Омске.',
    outcome: 'submitted',
  },
  {
    need: 'samara-6305',
    maker: 'volzhsky.bearing',
    capability: 'ball-bearings-volzhsky',
    unitPrice: '284.00',
    leadTimeDays: 25,
    comment: 'Доставка нашим транспортом до Самары.',
    outcome: 'submitted',
  },
  {
    need: 'nkamsk-sensor',
    maker: 'nizhny.sensors',
    capability: 'pressure-sensors',
    unitPrice: '19800.00',
    leadTimeDays: 35,
    comment: 'Сертификат ТР ТС 012/2011, поверка включена.',
    outcome: 'submitted',
  },
  {
    need: 'ural-cylinder',
    maker: 'perm.hydraulics',
    capability: 'hydraulic-cylinders',
    unitPrice: '91500.00',
    leadTimeDays: 75,
    comment: 'Хромированный шток, уплотнения отечественного производства.',
    outcome: 'submitted',
  },
  {
    need: 'kasimov-relief',
    maker: 'perm.hydraulics',
    capability: 'pressure-valves',
    unitPrice: '11800.00',
    leadTimeDays: 45,
    comment: 'Модульный монтаж, настройка давления на заводе.',
    outcome: 'submitted',
  },
  // A bid the posting centre turned down.
  {
    need: 'kasimov-ring',
    maker: 'yar.rti',
    unitPrice: '8.90',
    leadTimeDays: 40,
    comment: 'Изготовим после освоения пресс-формы.',
    outcome: 'rejected',
    note: 'Срок и цена выше, чем у поставщиков из реестра.',
  },
];

/** The analyst's verdicts on the best match of a need with a manufacturer. */
export const REVIEWS: { need: string; maker: string; decision: 'approve' | 'dismiss'; reason: string }[] = [
  {
    need: 'ryazan-7510',
    maker: 'maker.omsk',
    decision: 'approve',
    reason: 'Типоразмер и класс точности совпадают',
  },
  {
    need: 'kasimov-relief',
    maker: 'perm.hydraulics',
    decision: 'approve',
    reason: 'Серийный аналог DBDS',
  },
];

/** Lots the analyst publishes (by OKPD2 kind and unit) and the manufacturers' bids on them. */
export const LOTS: {
  okpd2Kind: string;
  unit: string;
  /** Words of the lot's product name (a lot pools one product of the kind); absent: the kind's only lot. */
  product?: string;
  bids: { maker: string; unitPrice: string; sharePercent: number; leadTimeDays: number; comment: string }[];
}[] = [
  {
    okpd2Kind: '28.15.10',
    unit: '796',
    product: 'конический',
    bids: [
      {
        maker: 'maker.omsk',
        unitPrice: '1150.00',
        sharePercent: 100,
        leadTimeDays: 60,
        comment: 'Весь объём с поставкой в регионы по графику заказчиков.',
      },
      {
        maker: 'volzhsky.bearing',
        unitPrice: '980.00',
        sharePercent: 50,
        leadTimeDays: 40,
        comment: 'Половина объёма лота, отгрузка с третьего квартала.',
      },
    ],
  },
  {
    okpd2Kind: '22.19.73',
    unit: '796',
    bids: [
      {
        maker: 'samara.seals',
        unitPrice: '58.00',
        sharePercent: 100,
        leadTimeDays: 25,
        comment: 'Кольца и манжеты одной поставкой, доставка до каждого заказчика.',
      },
    ],
  },
];
