import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type MenuButtonProps = {
  open: boolean;
  controls: string;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
};

/** The button that shows and hides the main navigation on narrow screens (hidden by CSS on wide ones). */
export function MenuButton({ open, controls, onToggle, ref }: MenuButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      ref={ref}
      type="button"
      className="menu-button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {open ? (
          <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        ) : (
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        )}
      </svg>
      <span className="menu-button-label">{t('nav.menu')}</span>
    </button>
  );
}
