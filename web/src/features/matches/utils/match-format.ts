/** "87 %" in Russian, "87%" in English; scores travel as numbers in [0, 1]. */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

export function formatDistance(km: number, language: string, unit: string): string {
  return `${new Intl.NumberFormat(language).format(km)} ${unit}`;
}
