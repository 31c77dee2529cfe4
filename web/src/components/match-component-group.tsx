import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_COMPONENT_GROUPS, type MatchComponentGroup as Group } from '../lib/match-components';
import { Meter } from './ui/meter';

type MatchComponentGroupProps = {
  group: Group;
  components: MatchComponents;
  /** The group's own figure (relevance), shown beside its heading. */
  value?: string;
  format: (value: number) => string;
  /** The CSS block of the page it sits in (`score-breakdown`, `review-breakdown`). */
  block: string;
  /** Explain the group and each part (the need page does; the review queue, read by analysts, does not). */
  hints?: boolean;
};

/** One group of a match's parts (is it the product, then the fit), a labelled meter each. */
export function MatchComponentGroup({
  group,
  components,
  value,
  format,
  block,
  hints = false,
}: MatchComponentGroupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className={`${block}-group`}>
      <h4 className={`${block}-heading`} id={headingId}>
        {t(`matches.groups.${group}`)}
        {value ? <span className={`${block}-value`}>{value}</span> : null}
      </h4>
      {hints ? <p className={`${block}-hint`}>{t(`matches.groups.${group}Hint`)}</p> : null}
      <ul className={`${block}-list`} aria-labelledby={headingId}>
        {MATCH_COMPONENT_GROUPS[group].map((key) => (
          <li key={key}>
            <Meter
              label={t(`matches.components.${key}`)}
              value={components[key]}
              valueText={format(components[key])}
              size="small"
              showLabel
            />
            {hints ? <span className={`${block}-hint`}>{t(`matches.componentHints.${key}`)}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
