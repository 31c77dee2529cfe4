import { OKEI_GROUPS, OKEI_UNITS } from '@zamena/shared/domain/okei';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from './select-field';

type UnitSelectProps = Omit<ComponentProps<typeof SelectField>, 'children'>;

/**
 * OKEI units in the order the exchange offers them, named in the user's language with their code,
 * grouped by what they measure so the twenty or so units read at a glance.
 */
export function UnitSelect(props: UnitSelectProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <SelectField {...props}>
      <option value="">{t('units.placeholder')}</option>
      {OKEI_GROUPS.map((group) => (
        <optgroup key={group} label={t(`units.groups.${group}`)}>
          {OKEI_UNITS.filter((unit) => unit.group === group).map((unit) => (
            <option key={unit.code} value={unit.code}>
              {t('units.option', {
                name: english ? unit.nameEn : unit.nameRu,
                symbol: english ? unit.symbolEn : unit.symbolRu,
                code: unit.code,
              })}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
