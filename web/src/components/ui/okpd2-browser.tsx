import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { safePath, useOkpd2Children, useOkpd2Names, type Okpd2Source } from './okpd2-source';
import './okpd2.css';

type Okpd2BrowserProps = {
  source: Okpd2Source;
  /** The level to open first: the chosen code's parent, or null for the list of sections. */
  start: string | null;
  onPick: (code: string) => void;
};

/**
 * Walks the classifier level by level: a breadcrumb goes back up, each row either picks its code or
 * opens its subdivisions. Sections are not codes of goods, so they only open.
 */
export function Okpd2Browser({ source, start, onPick }: Okpd2BrowserProps) {
  const { t } = useTranslation();
  const [parent, setParent] = useState<string | null>(start);
  const children = useOkpd2Children(source, parent);
  const trail = parent ? safePath(parent) : [];
  const names = useOkpd2Names(source, trail);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After moving up or down a level, keyboard users continue from the new list's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [parent]);

  const open = (code: string | null) => {
    moved.current = true;
    setParent(code);
  };

  return (
    <div className="okpd2-browser">
      <nav aria-label={t('okpd2.browserTrail')}>
        <ol className="okpd2-trail">
          <li>
            <button type="button" className="link-button" onClick={() => open(null)}>
              {t('okpd2.allSections')}
            </button>
          </li>
          {trail.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="link-button"
                aria-current={code === parent ? 'location' : undefined}
                title={names.get(code)}
                onClick={() => open(code)}
              >
                {code}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h3 className="okpd2-browser-heading" tabIndex={-1} ref={headingRef}>
        {parent ? `${parent} ${names.get(parent) ?? ''}` : t('okpd2.allSections')}
      </h3>
      {children.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {children.isError ? <p className="field-error">{problemMessage(t, children.error)}</p> : null}
      {children.data?.length === 0 ? <p className="muted">{t('okpd2.noChildren')}</p> : null}
      <ul className="okpd2-browser-list">
        {children.data?.map((item) => (
          <li key={item.code} className="okpd2-browser-row">
            {item.level === 'section' ? (
              <button type="button" className="okpd2-browser-pick" onClick={() => open(item.code)}>
                <span className="mono okpd2-code">{item.code}</span>
                <span>{item.name}</span>
              </button>
            ) : (
              <button
                type="button"
                className="okpd2-browser-pick"
                aria-label={t('okpd2.pick', { code: item.code, name: item.name })}
                onClick={() => onPick(item.code)}
              >
                <span className="mono okpd2-code">{item.code}</span>
                <span>{item.name}</span>
              </button>
            )}
            {item.level !== 'section' && item.level !== 'subcategory' ? (
              <button
                type="button"
                className="okpd2-browser-open"
                aria-label={t('okpd2.openChildren', { code: item.code })}
                title={t('okpd2.openChildren', { code: item.code })}
                onClick={() => open(item.code)}
              >
                <span aria-hidden="true">›</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
