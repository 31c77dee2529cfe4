import { describe, expect, it } from 'vitest';
import { relevanceModel } from './relevance-model';
import { stemWord } from './words';

const model = relevanceModel();
const need = (title: string, description = '', replaces: string | null = null) =>
  model.needProfile({ title, description, replaces });
const capability = (title: string, description = '', analogues: string[] = []) =>
  model.capabilityProfile({ title, description, analogues });

describe('match profiles', () => {
  it("finds a need's head noun: the first noun in Russian, the last word in English", () => {
    // Concepts of the dictionary: the safety valve, the panel PC, the ball valve, in either language.
    expect(need('Клапан предохранительный пружинный DN50').heads).toEqual(need('safety valve').heads);
    expect(need('Панельный компьютер промышленный 15"').heads).toEqual(need('panel PC').heads);
    expect(need('Stainless steel flanged ball valves DN80').heads).toEqual(need('Кран шаровой').heads);
    expect(need('Вал-шестерня редуктора').heads).toEqual(need('вал').heads);
  });

  it('looks past a generic head to what names the product', () => {
    expect(need('Комплект уплотнений для гидроцилиндра')).toMatchObject({
      heads: ['=уплотнен'],
      genericHead: true,
    });
    expect(need('Горелочное устройство газовое').heads).toEqual(['=горелк']);
    expect(need('Компрессорные установки винтовые').heads).toEqual([stemWord('компрессорные')]);
  });

  it("leaves a need's asides out of its title: the replaced product in parentheses or after «замена»", () => {
    const profile = need(
      'Фильтр гидравлический напорный (замена Parker Epe 2.90G10)',
      'Тонкость 10 мкм',
      'Parker Epe 2.90G10',
    );
    expect(profile.title).toEqual(need('Фильтр гидравлический напорный').title);
    expect(profile.references).toEqual([['PARKER', 'EPE', '290G10']]);
  });

  it("lists every product of a capability's title, and not what follows a preposition", () => {
    const profile = capability('Запасные части к насосам: рабочие колеса, валы, уплотнения');
    expect(profile.heads).toEqual([stemWord('запасные'), stemWord('колеса'), '=вал', '=уплотнен']);
    expect(profile.heads).not.toContain('=насос');
    // The capability still has the words of its text, for coverage.
    expect(profile.title).toContain('=насос');
  });

  it('keeps sizes, designations and exclusive attributes apart from words', () => {
    const profile = need('Трансформатор сухой ТСЛ-1000 10/0,4 кВ');
    expect(profile.titleQuantities).toEqual([
      { dimension: 'voltage', min: 10_000, max: 10_000 },
      { dimension: 'voltage', min: 400, max: 400 },
    ]);
    expect(profile.designations).toContain('ТСЛ1000');
    expect(profile.titleClasses).toHaveLength(1);
  });
});
