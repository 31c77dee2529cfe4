import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Roving focus over the queue: one item is active (tabIndex 0) and holds the focus while the analyst
 * moves. After a decision the item may leave the list, so the next one is focused once it has rendered.
 */
export function useReviewNavigation(items: Match[]) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLLIElement>());
  const pendingFocus = useRef<string | null>(null);
  const activeIndex = items.findIndex((item) => item.id === activeId);

  const focus = useCallback((id: string) => {
    setActiveId(id);
    const element = elements.current.get(id);
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
    } else {
      pendingFocus.current = id;
    }
  }, []);

  // An item focused before it was rendered (after a decision removed the previous one).
  useEffect(() => {
    const id = pendingFocus.current;
    const element = id ? elements.current.get(id) : undefined;
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
  });

  /** A ref callback per item, keeping the map of rendered items current. */
  const register = useCallback(
    (id: string) => (element: HTMLLIElement | null) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    [],
  );

  /** The item after (or, at the end, before) the given one: where focus goes once it is decided. */
  const successor = (id: string): string | null => {
    const index = items.findIndex((item) => item.id === id);
    return items[index + 1]?.id ?? items[index - 1]?.id ?? null;
  };

  return {
    active: activeIndex >= 0 ? items[activeIndex] : undefined,
    activeIndex,
    activeId: activeIndex >= 0 ? activeId : null,
    setActiveId,
    focus,
    register,
    successor,
  };
}
