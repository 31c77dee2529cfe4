/**
 * Matching quality against labelled pairs (DESIGN.md §4, step 6): analysts' approvals are relevant,
 * their dismissals and manufacturers' "not our product" answers are not. Unlabelled matches are left
 * out: their relevance is unknown.
 */
export type LabelledMatch = {
  needId: string;
  capabilityId: string;
  score: number;
  /** A strong match: its manufacturer was alerted. */
  notified: boolean;
  relevant: boolean;
};

export type LabelledFigures = {
  labelled: number;
  needs: number;
  /** Relevant among the labelled alerts (NaN without any). */
  notifyPrecision: number;
  /** Alerted among the labelled relevant pairs (NaN without any). */
  notifyRecall: number;
  /** Mean over needs of the relevant share of their first `k` labelled matches by score. */
  precisionAtK: number;
  k: number;
};

export function labelledFigures(rows: LabelledMatch[], k = 5): LabelledFigures {
  const alerts = rows.filter((row) => row.notified);
  const relevant = rows.filter((row) => row.relevant);
  const byNeed = new Map<string, LabelledMatch[]>();
  for (const row of rows) byNeed.set(row.needId, [...(byNeed.get(row.needId) ?? []), row]);
  const perNeed = [...byNeed.values()].map((items) => {
    const top = [...items]
      .sort((a, b) => b.score - a.score || a.capabilityId.localeCompare(b.capabilityId))
      .slice(0, k);
    return top.filter((row) => row.relevant).length / top.length;
  });
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN);
  return {
    labelled: rows.length,
    needs: byNeed.size,
    notifyPrecision: ratio(alerts.filter((row) => row.relevant).length, alerts.length),
    notifyRecall: ratio(relevant.filter((row) => row.notified).length, relevant.length),
    precisionAtK: ratio(
      perNeed.reduce((sum, value) => sum + value, 0),
      perNeed.length,
    ),
    k,
  };
}
