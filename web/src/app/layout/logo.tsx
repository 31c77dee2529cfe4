/** The mark: two arrows trading places — one product substituted by another. */
export function Logo() {
  return (
    <svg
      className="logo-mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M9 12h12l-3.5-3.5M23 20H11l3.5 3.5"
        fill="none"
        stroke="var(--color-brand-contrast)"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
