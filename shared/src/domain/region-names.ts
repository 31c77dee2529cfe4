/**
 * One spelling of region names: the reference data spells them the FIAS way (`Рязанская обл`,
 * `Респ Адыгея`, `г Москва`); people, the client and the import template write them out
 * (`Рязанская область`, `Республика Адыгея`, `г. Москва`). Uploads are read in either spelling.
 */
const RU_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\s)Респ(?=\s|$)/g, '$1Республика'],
  [/(^|\s)обл$/, '$1область'],
  [/(^|\s)Аобл$/, '$1автономная область'],
  [/(^|\s)АО$/, '$1автономный округ'],
  [/Автономный округ/, 'автономный округ'],
  [/^г\s/, 'г. '],
  [/\s\/(.+)\/$/, ' ($1)'],
  [/ - /g, ' — '],
];

export function readableRegionName(nameRu: string): string {
  return RU_ABBREVIATIONS.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    nameRu,
  );
}
