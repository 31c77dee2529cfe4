import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../../i18n/i18n';

/** RU / EN toggle; each button is named in its own language and marked with `lang`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-option"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void changeLanguage(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
