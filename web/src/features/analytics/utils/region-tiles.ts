/**
 * The tile-grid map of Russia's 85 federal subjects: each a square on an 18 × 10 grid, placed roughly
 * where it lies (north up, Kaliningrad at the far west, Chukotka at the far east), the way Russian data
 * journalism draws regions when equal weight matters more than area. Keys are the region codes of the
 * reference list (server/src/db/reference-data/regions.csv).
 */
const GRID = `
.. .. 51 .. 83 .. .. 89 .. .. .. .. .. .. .. .. .. 87
.. .. 10 29 11 .. .. 86 .. .. .. 24 .. .. 14 .. 49 41
.. 78 47 35 43 59 66 72 .. .. 70 .. 38 .. .. 27 .. 65
.. 60 53 76 44 12 18 74 45 55 54 42 19 03 75 28 79 ..
67 69 77 37 52 21 16 02 .. .. 22 04 17 .. .. .. 25 ..
39 32 40 50 33 13 73 63 56 .. .. .. .. .. .. .. .. ..
.. 46 57 71 62 58 64 .. .. .. .. .. .. .. .. .. .. ..
.. 31 36 48 68 34 .. .. .. .. .. .. .. .. .. .. .. ..
91 23 61 26 08 30 .. .. .. .. .. .. .. .. .. .. .. ..
92 01 09 07 15 06 20 05 .. .. .. .. .. .. .. .. .. ..
`;

/** Short labels that fit a tile: the customary Russian abbreviations, and ISO 3166-2:RU in English. */
const LABELS: Record<string, readonly [ru: string, en: string]> = {
  '01': ['АД', 'AD'],
  '02': ['БАШ', 'BA'],
  '03': ['БУР', 'BU'],
  '04': ['АЛ', 'AL'],
  '05': ['ДАГ', 'DA'],
  '06': ['ИНГ', 'IN'],
  '07': ['КБР', 'KB'],
  '08': ['КЛМ', 'KL'],
  '09': ['КЧР', 'KC'],
  '10': ['КАР', 'KR'],
  '11': ['КОМ', 'KO'],
  '12': ['МЭ', 'ME'],
  '13': ['МОР', 'MO'],
  '14': ['ЯК', 'SA'],
  '15': ['СО', 'SE'],
  '16': ['ТАТ', 'TA'],
  '17': ['ТЫВ', 'TY'],
  '18': ['УД', 'UD'],
  '19': ['ХАК', 'KK'],
  '20': ['ЧЕЧ', 'CE'],
  '21': ['ЧУВ', 'CU'],
  '22': ['АК', 'ALT'],
  '23': ['КДР', 'KDA'],
  '24': ['КЯР', 'KYA'],
  '25': ['ПРИ', 'PRI'],
  '26': ['СТА', 'STA'],
  '27': ['ХАБ', 'KHA'],
  '28': ['АМУ', 'AMU'],
  '29': ['АРХ', 'ARK'],
  '30': ['АСТ', 'AST'],
  '31': ['БЕЛ', 'BEL'],
  '32': ['БРЯ', 'BRY'],
  '33': ['ВЛА', 'VLA'],
  '34': ['ВГГ', 'VGG'],
  '35': ['ВЛГ', 'VLG'],
  '36': ['ВОР', 'VOR'],
  '37': ['ИВА', 'IVA'],
  '38': ['ИРК', 'IRK'],
  '39': ['КЛГ', 'KGD'],
  '40': ['КЛЖ', 'KLU'],
  '41': ['КАМ', 'KAM'],
  '42': ['КЕМ', 'KEM'],
  '43': ['КИР', 'KIR'],
  '44': ['КОС', 'KOS'],
  '45': ['КУР', 'KGN'],
  '46': ['КРС', 'KRS'],
  '47': ['ЛО', 'LEN'],
  '48': ['ЛИП', 'LIP'],
  '49': ['МАГ', 'MAG'],
  '50': ['МО', 'MOS'],
  '51': ['МУР', 'MUR'],
  '52': ['НИЖ', 'NIZ'],
  '53': ['НОВ', 'NGR'],
  '54': ['НСК', 'NVS'],
  '55': ['ОМС', 'OMS'],
  '56': ['ОРБ', 'ORE'],
  '57': ['ОРЛ', 'ORL'],
  '58': ['ПНЗ', 'PNZ'],
  '59': ['ПЕР', 'PER'],
  '60': ['ПСК', 'PSK'],
  '61': ['РОС', 'ROS'],
  '62': ['РЯЗ', 'RYA'],
  '63': ['САМ', 'SAM'],
  '64': ['САР', 'SAR'],
  '65': ['САХ', 'SAK'],
  '66': ['СВЕ', 'SVE'],
  '67': ['СМО', 'SMO'],
  '68': ['ТАМ', 'TAM'],
  '69': ['ТВЕ', 'TVE'],
  '70': ['ТОМ', 'TOM'],
  '71': ['ТУЛ', 'TUL'],
  '72': ['ТЮМ', 'TYU'],
  '73': ['УЛЬ', 'ULY'],
  '74': ['ЧЕЛ', 'CHE'],
  '75': ['ЗАБ', 'ZAB'],
  '76': ['ЯРО', 'YAR'],
  '77': ['МСК', 'MOW'],
  '78': ['СПБ', 'SPE'],
  '79': ['ЕАО', 'YEV'],
  '83': ['НАО', 'NEN'],
  '86': ['ХМА', 'KHM'],
  '87': ['ЧУК', 'CHU'],
  '89': ['ЯНА', 'YAN'],
  '91': ['КРЫ', 'CR'],
  '92': ['СЕВ', 'SEV'],
};

export type RegionTile = { code: string; col: number; row: number; label: { ru: string; en: string } };

function parseGrid(grid: string): RegionTile[] {
  return grid
    .trim()
    .split('\n')
    .flatMap((line, row) =>
      line
        .trim()
        .split(/\s+/)
        .flatMap((code, col) => {
          if (code === '..') return [];
          const [ru, en] = LABELS[code] ?? [code, code];
          return [{ code, col, row, label: { ru, en } }];
        }),
    );
}

export const REGION_TILES: readonly RegionTile[] = parseGrid(GRID);
export const GRID_COLUMNS = Math.max(...REGION_TILES.map((tile) => tile.col)) + 1;
export const GRID_ROWS = Math.max(...REGION_TILES.map((tile) => tile.row)) + 1;
