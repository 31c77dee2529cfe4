import type { ReactNode } from 'react';
import './ui.css';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A coloured status pill; its text carries the meaning, the colour only repeats it. */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-inline badge-${tone}`}>{children}</span>;
}
