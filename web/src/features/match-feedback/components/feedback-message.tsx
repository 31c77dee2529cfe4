import { useEffect, useRef, type ReactNode } from 'react';

type FeedbackMessageProps = {
  heading: string;
  children: ReactNode;
  /** Links onward. */
  actions: ReactNode;
  tone: 'done' | 'info' | 'error';
  /** The message replaced the form the user just sent: focus goes to it, as after a navigation. */
  takeFocus?: boolean;
};

/** Where the signed link ends: thanks, an earlier answer, or a link that no longer works. */
export function FeedbackMessage({
  heading,
  children,
  actions,
  tone,
  takeFocus = false,
}: FeedbackMessageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);
  return (
    <section
      className={`card feedback-card feedback-message feedback-${tone}`}
      aria-labelledby="feedback-heading"
    >
      <span className="feedback-icon" aria-hidden="true">
        {tone === 'done' ? '✓' : tone === 'error' ? '!' : 'i'}
      </span>
      <h1 id="feedback-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
      <div className="feedback-actions">{actions}</div>
    </section>
  );
}
