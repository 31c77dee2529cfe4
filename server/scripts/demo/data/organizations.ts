/**
 * The demo exchange's people and organizations: fictional, with INN and OGRN whose check digits are
 * right and whose first digits name the region's tax office, as real ones do. Every address is under
 * the reserved `.example` domain, so no e-mail can reach anyone.
 */

export const DEMO_DOMAIN = 'zamena-demo.example';

/** One password for every demo account (the password policy refuses common ones; this is not one). */
export const DEMO_PASSWORD = 'zamena demo 2026';

export const DEMO_ADMIN = { email: `admin@${DEMO_DOMAIN}` };

export const DEMO_ASSOCIATION = {
  name: 'Ассоциация промышленной кооперации «Замена»',
  inn: '7703576129',
  ogrn: '1067700032289',
  regionCode: '77',
  analyst: { fullName: 'Анна Сергеевна Белова', email: `analyst@${DEMO_DOMAIN}` },
} as const;

export type DemoOrganization = {
  key: string;
  kind: 'enterprise' | 'center';
  name: string;
  inn: string;
  ogrn: string;
  regionCode: string;
  person: string;
  phone: string;
  /** Verified by the association's analyst (a centre acts for its region only then). */
  verified: boolean;
  cluster?: { type: 'industrial_cluster' | 'technopark' | 'industrial_park' | 'sez'; name: string };
};

export const emailOf = (key: string) => `${key}@${DEMO_DOMAIN}`;

export const CENTRES: DemoOrganization[] = [
  {
    key: 'centre.ryazan',
    kind: 'center',
    name: 'Центр импортозамещения и кооперации Рязанской области',
    inn: '6229048719',
    ogrn: '1026200123454',
    regionCode: '62',
    person: 'Олег Викторович Курилов',
    phone: '+7 4912 55-10-20',
    verified: true,
  },
  {
    key: 'centre.tatarstan',
    kind: 'center',
    name: 'Региональный центр импортозамещения Республики Татарстан',
    inn: '1650112031',
    ogrn: '1051600044121',
    regionCode: '16',
    person: 'Айгуль Рашидовна Хайруллина',
    phone: '+7 843 210-44-17',
    verified: true,
  },
  {
    key: 'centre.sverdlovsk',
    kind: 'center',
    name: 'Центр промышленной кооперации Свердловской области',
    inn: '6658219473',
    ogrn: '1036600583018',
    regionCode: '66',
    person: 'Дмитрий Андреевич Шилов',
    phone: '+7 343 311-08-52',
    verified: true,
  },
  {
    key: 'centre.nizhny',
    kind: 'center',
    name: 'Центр локализации производства Нижегородской области',
    inn: '5260334188',
    ogrn: '1075200604423',
    regionCode: '52',
    person: 'Елена Игоревна Маслова',
    phone: '+7 831 422-19-03',
    verified: true,
  },
  {
    key: 'centre.chelyabinsk',
    kind: 'center',
    name: 'Центр импортозамещения Челябинской области',
    inn: '7451402756',
    ogrn: '1107400512075',
    regionCode: '74',
    person: 'Сергей Павлович Гаврилов',
    phone: '+7 351 247-61-90',
    verified: true,
  },
  {
    key: 'centre.samara',
    kind: 'center',
    name: 'Самарский региональный центр промышленной кооперации',
    inn: '6315528363',
    ogrn: '1046300155098',
    regionCode: '63',
    person: 'Наталья Валерьевна Рубцова',
    phone: '+7 846 203-37-48',
    verified: true,
  },
  {
    key: 'centre.yaroslavl',
    kind: 'center',
    name: 'Центр импортозамещения Ярославской области',
    inn: '7604610925',
    ogrn: '1087600041187',
    regionCode: '76',
    person: 'Артём Олегович Суханов',
    phone: '+7 4852 59-70-11',
    verified: false,
  },
];

/** Enterprises that post needs. */
export const BUYERS: DemoOrganization[] = [
  {
    key: 'buyer.ryazan',
    kind: 'enterprise',
    name: 'АО «Рязанский станкостроительный завод»',
    inn: '6234009183',
    ogrn: '1046200340042',
    regionCode: '62',
    person: 'Ирина Николаевна Петрова',
    phone: '+7 4912 24-81-15',
    verified: true,
    cluster: { type: 'industrial_cluster', name: 'Рязанский станкостроительный кластер' },
  },
  {
    key: 'kasimov.hydro',
    kind: 'enterprise',
    name: 'ООО «Касимовский завод гидроагрегатов»',
    inn: '6226073410',
    ogrn: '1126200261153',
    regionCode: '62',
    person: 'Виктор Степанович Лапин',
    phone: '+7 49131 2-14-60',
    verified: false,
  },
  {
    key: 'nkamsk.petrochem',
    kind: 'enterprise',
    name: 'АО «Нижнекамский завод нефтехимического оборудования»',
    inn: '1651820460',
    ogrn: '1031600517024',
    regionCode: '16',
    person: 'Ильдар Фаритович Галиев',
    phone: '+7 8555 30-42-77',
    verified: true,
    cluster: { type: 'sez', name: 'ОЭЗ «Алабуга»' },
  },
  {
    key: 'ural.mining',
    kind: 'enterprise',
    name: 'АО «Уральский завод горно-шахтного оборудования»',
    inn: '6609145236',
    ogrn: '1026600092188',
    regionCode: '66',
    person: 'Павел Евгеньевич Зорин',
    phone: '+7 343 288-15-36',
    verified: true,
  },
  {
    key: 'nizhny.transport',
    kind: 'enterprise',
    name: 'ООО «Нижегородский завод транспортного машиностроения»',
    inn: '5257293816',
    ogrn: '1115200576402',
    regionCode: '52',
    person: 'Марина Алексеевна Соколова',
    phone: '+7 831 275-06-94',
    verified: true,
  },
  {
    key: 'chel.metal',
    kind: 'enterprise',
    name: 'АО «Южноуральский завод металлоконструкций»',
    inn: '7449380174',
    ogrn: '1067400492114',
    regionCode: '74',
    person: 'Константин Ильич Бобров',
    phone: '+7 351 729-40-12',
    verified: true,
  },
  {
    key: 'samara.pumps',
    kind: 'enterprise',
    name: 'ООО «Самарский завод насосного оборудования»',
    inn: '6317471190',
    ogrn: '1096300173562',
    regionCode: '63',
    person: 'Андрей Владимирович Кузьмин',
    phone: '+7 846 331-52-08',
    verified: true,
  },
  {
    key: 'yar.shipyard',
    kind: 'enterprise',
    name: 'ООО «Ярославский судоремонтный завод»',
    inn: '7608556027',
    ogrn: '1137600080936',
    regionCode: '76',
    person: 'Роман Юрьевич Ветров',
    phone: '+7 4852 67-23-81',
    verified: true,
  },
  {
    key: 'bashkir.oilfield',
    kind: 'enterprise',
    name: 'АО «Башкирский завод нефтепромыслового оборудования»',
    inn: '0276631250',
    ogrn: '1050200765141',
    regionCode: '02',
    person: 'Рустам Ринатович Ахметов',
    phone: '+7 347 246-90-33',
    verified: true,
  },
];

/** Enterprises that publish capabilities and bid. */
export const MANUFACTURERS: DemoOrganization[] = [
  {
    key: 'maker.omsk',
    kind: 'enterprise',
    name: 'ООО «Омский подшипниковый завод»',
    inn: '5507718341',
    ogrn: '1025500072036',
    regionCode: '55',
    person: 'Григорий Петрович Мельников',
    phone: '+7 3812 53-18-40',
    verified: true,
  },
  {
    key: 'volzhsky.bearing',
    kind: 'enterprise',
    name: 'ООО «Волжский подшипниковый завод»',
    inn: '3435125794',
    ogrn: '1043400351070',
    regionCode: '34',
    person: 'Светлана Анатольевна Орлова',
    phone: '+7 8443 27-65-19',
    verified: true,
  },
  {
    key: 'samara.seals',
    kind: 'enterprise',
    name: 'АО «Самарский завод резинотехнических уплотнений»',
    inn: '6313682401',
    ogrn: '1036300134155',
    regionCode: '63',
    person: 'Людмила Васильевна Горбунова',
    phone: '+7 846 990-14-72',
    verified: true,
  },
  {
    key: 'perm.hydraulics',
    kind: 'enterprise',
    name: 'ООО «Пермский завод гидроаппаратуры»',
    inn: '5906773104',
    ogrn: '1085900066229',
    regionCode: '59',
    person: 'Евгений Михайлович Чернов',
    phone: '+7 342 259-33-06',
    verified: true,
    cluster: { type: 'technopark', name: 'Технопарк «Пермь»' },
  },
  {
    key: 'nsk.tools',
    kind: 'enterprise',
    name: 'АО «Новосибирский инструментальный завод»',
    inn: '5433804628',
    ogrn: '1025400331197',
    regionCode: '54',
    person: 'Алексей Николаевич Ершов',
    phone: '+7 383 347-21-58',
    verified: true,
  },
  {
    key: 'spb.electronics',
    kind: 'enterprise',
    name: 'ООО «Невский завод электронных модулей»',
    inn: '7810935171',
    ogrn: '1147800103472',
    regionCode: '78',
    person: 'Ксения Дмитриевна Лебедева',
    phone: '+7 812 336-48-25',
    verified: true,
    cluster: { type: 'technopark', name: 'Технопарк «Ингрия»' },
  },
  {
    key: 'voronezh.foundry',
    kind: 'enterprise',
    name: 'АО «Воронежский литейно-механический завод»',
    inn: '3663051189',
    ogrn: '1023600632516',
    regionCode: '36',
    person: 'Николай Фёдорович Тарасов',
    phone: '+7 473 239-57-14',
    verified: true,
  },
  {
    key: 'ufa.valves',
    kind: 'enterprise',
    name: 'ООО «Уфимский завод трубопроводной арматуры»',
    inn: '0272149600',
    ogrn: '1090200724173',
    regionCode: '02',
    person: 'Марат Ильдусович Сафин',
    phone: '+7 347 291-06-47',
    verified: true,
  },
  {
    key: 'chel.gear',
    kind: 'enterprise',
    name: 'АО «Челябинский завод редукторов»',
    inn: '7452263086',
    ogrn: '1107400520193',
    regionCode: '74',
    person: 'Владимир Геннадьевич Усов',
    phone: '+7 351 265-19-83',
    verified: false,
  },
  {
    key: 'yar.rti',
    kind: 'enterprise',
    name: 'ООО «Ярославский завод резинотехнических изделий»',
    inn: '7627398418',
    ogrn: '1117600271546',
    regionCode: '76',
    person: 'Татьяна Борисовна Киселёва',
    phone: '+7 4852 74-38-60',
    verified: false,
  },
  {
    key: 'nizhny.sensors',
    kind: 'enterprise',
    name: 'ООО «Нижегородский приборный завод»',
    inn: '5259482738',
    ogrn: '1155200596011',
    regionCode: '52',
    person: 'Илья Романович Воронин',
    phone: '+7 831 413-27-95',
    verified: true,
  },
];

export const ORGANIZATIONS: DemoOrganization[] = [...CENTRES, ...BUYERS, ...MANUFACTURERS];

/** Every INN the demo registers: how a later run tells the demo's data from anyone else's. */
export const DEMO_INNS: ReadonlySet<string> = new Set([
  DEMO_ASSOCIATION.inn,
  ...ORGANIZATIONS.map((organization) => organization.inn),
]);

/** The accounts printed at the end, one per role. */
export const SIGN_INS = [
  { role: 'centre', email: emailOf('centre.ryazan') },
  { role: 'buyer', email: emailOf('buyer.ryazan') },
  { role: 'manufacturer', email: emailOf('maker.omsk') },
  { role: 'analyst', email: DEMO_ASSOCIATION.analyst.email },
  { role: 'admin', email: DEMO_ADMIN.email },
] as const;
