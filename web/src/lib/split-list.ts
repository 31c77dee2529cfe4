/**
 * The items of a list a form keeps as one string (the validated-form hook keeps strings): split on
 * `separator` (commas and white space unless given), trimmed, empty ones dropped.
 */
export const splitList = (value: string, separator: string | RegExp = /[,\s]+/) =>
  value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
