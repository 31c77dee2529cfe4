import type { ReactNode } from 'react';

type AlertProps = {
  tone: 'error' | 'info' | 'warning';
  children: ReactNode;
  action?: ReactNode;
  id?: string;
};

/** Errors are announced at once (role=alert); information politely (role=status). */
export function Alert({ tone, children, action, id }: AlertProps) {
  return (
    <div id={id} className={`alert alert-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="alert-content">
        <span className="alert-icon" aria-hidden="true">
          {tone === 'info' ? 'i' : '!'}
        </span>
        <div className="alert-body">{children}</div>
      </div>
      {action ? <div className="alert-action">{action}</div> : null}
    </div>
  );
}
