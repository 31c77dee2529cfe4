import { describe, expect, it } from 'vitest';
import { MATCHING_CONFIG } from '../scoring';
import { headKeysOf, prepareNeed, relevanceOf, termRarity } from './relevance';
import { relevanceModel } from './relevance-model';

const model = relevanceModel();
const ALERT = MATCHING_CONFIG.alertThreshold;

type Cap = { title: string; description?: string; analogues?: string[] };

/** A small market of capabilities: rarity is counted among them, as among all capabilities on the exchange. */
function market(capabilities: Cap[]) {
  const profiles = capabilities.map((c) =>
    model.capabilityProfile({
      title: c.title,
      description: c.description ?? '',
      analogues: c.analogues ?? [],
    }),
  );
  const counts = new Map<string, number>();
  for (const profile of profiles) {
    for (const term of new Set([...profile.title, ...profile.body]))
      counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const rarity = termRarity(profiles.length, (term) => counts.get(term) ?? 0);
  return (
    need: { title: string; description?: string; replaces?: string },
    index: number,
    classification = 0.5,
  ) =>
    relevanceOf(
      prepareNeed(
        model.needProfile({
          title: need.title,
          description: need.description ?? '',
          replaces: need.replaces ?? null,
        }),
        rarity,
      ),
      profiles[index]!,
      classification,
      model.dictionary,
    );
}

const pumps = market([
  { title: 'Насосы центробежные консольные К, КМ', description: 'Подача 8–200 м³/ч, напор до 80 м' },
  { title: 'Запасные части к насосам: рабочие колеса, валы, уплотнения' },
  { title: 'Насосы вакуумные водокольцевые' },
  { title: 'Электродвигатели асинхронные 0,25–315 кВт', analogues: ['Siemens 1LE1'] },
  { title: 'Electric motors, asynchronous, 0.55–200 kW' },
  { title: 'Подшипники шариковые радиальные', analogues: ['SKF 6205', 'SKF 6206'] },
  { title: 'Подшипники шариковые радиальные', analogues: ['SKF 6305'] },
  { title: 'Задвижки клиновые стальные DN50–DN400 PN16–PN40' },
  { title: 'Задвижки чугунные DN50–300 PN10' },
  { title: 'Трансформаторы сухие с литой изоляцией 100–2500 кВА' },
  { title: 'Трансформаторы силовые масляные ТМГ 25–2500 кВА' },
]);

describe('relevance: is it the product the need asks for?', () => {
  it("requires the need's head noun, and a head of the capability in the need: parts of a pump are not a pump", () => {
    const need = { title: 'Насос центробежный консольный 50 м³/ч' };
    const pump = pumps(need, 0);
    expect(pump.relevance).toBeGreaterThanOrEqual(ALERT);
    expect(pump.evidence.head).toBe(1);
    const spares = pumps(need, 1);
    expect(spares.evidence.head).toBe(0);
    expect(spares.relevance).toBeLessThan(ALERT);
    // Another kind of pump shares the noun but not the head phrase.
    expect(pumps(need, 2).relevance).toBeLessThan(ALERT);
  });

  it('weighs rare terms more than common ones', () => {
    const valves = market([
      { title: 'Клапаны стальные' },
      { title: 'Клапаны жаропрочные' },
      { title: 'Фланцы стальные' },
      { title: 'Трубы стальные' },
      { title: 'Отводы стальные' },
    ]);
    const need = { title: 'Клапан стальной жаропрочный' };
    // Both cover the head and one of two modifiers; "жаропрочный" is rare among capabilities, "стальной" is not.
    expect(valves(need, 1).evidence.terms).toBeGreaterThan(valves(need, 0).evidence.terms);
  });

  it('reads synonyms and English text: an English capability is the Russian need', () => {
    const motor = pumps({ title: 'Электродвигатель асинхронный 15 кВт' }, 4);
    expect(motor.evidence.head).toBe(1);
    expect(motor.relevance).toBeGreaterThanOrEqual(ALERT);
    expect(pumps({ title: 'Electric motor 15 kW, induction' }, 3).evidence.head).toBe(1);
  });

  it('takes the same foreign part number as proof, and another number of the same maker as another part', () => {
    const need = { title: 'Подшипник шариковый радиальный', replaces: 'SKF 6205' };
    const same = pumps(need, 5);
    expect(same.part).toBe('same');
    expect(same.relevance).toBeGreaterThanOrEqual(0.9);
    // The trap: the same words, the same maker, a similar number that is another part.
    const other = pumps(need, 6);
    expect(other.part).toBe('other');
    expect(other.evidence.terms).toBe(1);
    expect(other.relevance).toBeLessThan(ALERT);
  });

  it('rules a capability out when a size or an exclusive attribute conflicts', () => {
    const valve = { title: 'Задвижка клиновая стальная DN150 PN16' };
    expect(pumps(valve, 7).relevance).toBeGreaterThanOrEqual(ALERT);
    const lowPressure = pumps(valve, 8);
    expect(lowPressure.evidence.attributes).toBe(0);
    expect(lowPressure.relevance).toBeLessThanOrEqual(MATCHING_CONFIG.relevance.conflictCeiling);
    const oil = { title: 'Трансформатор ТМГ 630 кВА', description: 'Силовой масляный герметичный' };
    expect(pumps(oil, 10).relevance).toBeGreaterThanOrEqual(ALERT);
    expect(pumps(oil, 9).evidence.attributes).toBe(0);
  });

  it('takes the OKPD2 code as a prior, never as proof', () => {
    const need = { title: 'Насос центробежный консольный 50 м³/ч' };
    // The same subcategory does not make spare parts a pump; another class does not unmake a pump.
    expect(pumps(need, 1, 1).relevance).toBeLessThan(ALERT);
    expect(pumps(need, 0, 0).relevance).toBeGreaterThanOrEqual(ALERT);
    expect(pumps(need, 0, 1).relevance).toBeGreaterThan(pumps(need, 0, 0).relevance);
  });

  it('looks for candidates by the head, its derivations and the words of its phrase', () => {
    const keys = headKeysOf(
      model.needProfile({ title: 'Насос центробежный', description: '', replaces: null }),
    );
    expect(keys).toEqual(expect.arrayContaining(['=насос_центробежн', 'насос', '=насос', 'центробежн']));
  });
});
