import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Okpd2Path } from '../../../components/ui/okpd2-path';
import { Okpd2Picker } from '../../../components/ui/okpd2-picker';
import { okpd2Source } from '../../../lib/okpd2-api';
import '../capabilities.css';

type Okpd2CodesFieldProps = {
  codes: string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  /** The capability's title: codes for it are offered while no code is chosen yet. */
  suggestFrom?: string;
};

const MAX_CODES = 20;

/** One or more OKPD2 codes: each chosen one is listed with its path and a remove button. */
export function Okpd2CodesField({ codes, onChange, error, suggestFrom }: Okpd2CodesFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="okpd2-codes">
      {codes.length > 0 ? <p className="field-label">{t('capabilities.fields.okpd2')}</p> : null}
      {codes.length > 0 ? (
        <ul className="plain-list okpd2-chosen" aria-label={t('capabilities.form.chosenCodes')}>
          {codes.map((code) => (
            <li key={code} className="okpd2-chosen-item">
              <div className="okpd2-chosen-text">
                <Okpd2Path code={code} source={okpd2Source} compact />
              </div>
              <Button
                variant="ghost"
                className="button-small"
                aria-label={t('capabilities.form.removeCode', { code })}
                onClick={() => onChange(codes.filter((c) => c !== code))}
              >
                {t('capabilities.form.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {codes.length < MAX_CODES ? (
        <Okpd2Picker
          id="okpd2"
          label={codes.length === 0 ? t('capabilities.fields.okpd2') : t('capabilities.form.addCode')}
          hint={t('capabilities.form.okpd2Hint')}
          value=""
          onChange={(code) => {
            if (code && !codes.includes(code)) onChange([...codes, code]);
          }}
          error={error}
          source={okpd2Source}
          {...(codes.length === 0 && suggestFrom !== undefined ? { suggestFrom } : {})}
        />
      ) : (
        <p className="muted">{t('capabilities.form.maxCodes', { count: MAX_CODES })}</p>
      )}
    </div>
  );
}
