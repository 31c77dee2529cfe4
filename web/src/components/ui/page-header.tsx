import type { ReactNode } from 'react';
import './ui.css';

type PageHeaderProps = {
  title: string;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  /** Buttons and links beside the heading; they wrap below it on narrow screens. */
  actions?: ReactNode;
  children?: ReactNode;
};

/** The page's h1 (focus target after navigation, see app-layout) with its document title and actions. */
export function PageHeader({ title, eyebrow, lead, actions, children }: PageHeaderProps) {
  return (
    <header className="page-header page-header-split">
      <div className="page-header-text">
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1 tabIndex={-1}>{title}</h1>
        {lead ? <p className="lead">{lead}</p> : null}
        {children}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
