import { useId, type ReactNode } from 'react';
import './ui.css';

type EmptyStateProps = {
  heading: string;
  children?: ReactNode;
  /** What to do next: links or buttons. */
  actions?: ReactNode;
  /** `h2` by default; `h3` inside a section that has its own h2. */
  level?: 2 | 3;
};

/** An empty list or section that says why it is empty and what to do next. */
export function EmptyState({ heading, children, actions, level = 2 }: EmptyStateProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card empty-state empty-state-compact" aria-labelledby={headingId}>
      <svg className="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect
          x="6"
          y="10"
          width="36"
          height="28"
          rx="3"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        />
        <path d="M6 18h36M14 26h12M14 31h8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <Heading id={headingId} className="empty-state-heading">
        {heading}
      </Heading>
      {children}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
