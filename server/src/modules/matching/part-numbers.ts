/**
 * Part numbers in free text ("SKF 32210", "Mitsubishi UH-67230"): the tokens with a digit, at least
 * three characters long. Brand words alone say little (thousands of analogues share "Siemens"), so
 * candidates and the part-number signal look at these tokens.
 */
export function partNumberTokens(text: string, max = 4): string[] {
  const tokens = text
    .split(/[\s,;()«»"']+/)
    .map((token) => token.replace(/^[-./]+|[-./]+$/g, ''))
    .filter((token) => token.length >= 3 && /\d/.test(token));
  return [...new Set(tokens)].slice(0, max);
}

/** The text without its part-number tokens: the words a title is about. */
export function withoutPartNumbers(text: string): string {
  const parts = new Set(partNumberTokens(text, Number.POSITIVE_INFINITY));
  return text
    .split(/\s+/)
    .filter((token) => !parts.has(token.replace(/^[-./,;()«»"']+|[-./,;()«»"']+$/g, '')))
    .join(' ')
    .trim();
}
