/** What a key press means in the review queue (the help line on the page lists the same keys). */
export type ReviewKeyAction = 'next' | 'previous' | 'approve' | 'dismiss' | null;

type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed in. */
  target: EventTarget | null;
};

/** Typing in a field, or a key held with a modifier (browser shortcuts), is never a queue command. */
function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, textarea, select, [contenteditable="true"], dialog') !== null;
}

export function reviewKeyAction(event: KeyLike): ReviewKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  switch (event.key) {
    case 'j':
    case 'о': // the same key on a Russian layout
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'л':
    case 'ArrowUp':
      return 'previous';
    case 'a':
    case 'ф':
      return 'approve';
    case 'd':
    case 'в':
      return 'dismiss';
    default:
      return null;
  }
}
