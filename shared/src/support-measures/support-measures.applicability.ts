import { okpd2Path } from '../domain/okpd2';

/** The facts applicability looks at: the catalogue row's scopes. */
export type MeasureScope = {
  active: boolean;
  okpd2Prefixes: readonly string[];
  regionCodes: readonly string[];
};

/**
 * Whether a support measure applies to goods of `okpd2` in any of `regionCodes`.
 * - OKPD2: no limit, or one of the measure's codes is the code itself or one of its ancestors
 *   (a measure for `28.15` covers `28.15.10.120`; one for `28.15.10.120` does not cover all of `28.15`).
 * - Regions: no limit on the measure, no region asked about, or a region in common.
 */
export function measureApplies(
  measure: MeasureScope,
  target: { okpd2: string; regionCodes: readonly string[] },
): boolean {
  if (!measure.active) return false;
  if (measure.okpd2Prefixes.length > 0) {
    const path = okpd2Path(target.okpd2);
    if (!measure.okpd2Prefixes.some((code) => path.includes(code))) return false;
  }
  if (measure.regionCodes.length === 0 || target.regionCodes.length === 0) return true;
  return target.regionCodes.some((code) => measure.regionCodes.includes(code));
}
