import type { Session } from '@zamena/shared/auth/auth.schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { api } from '../../lib/api-client';
import { sessionQueryKey, useSession } from '../../lib/auth';

/**
 * RU / EN toggle; each button is named in its own language and marked with `lang`. A signed-in user's
 * choice is saved on the user (`PATCH /me`), so e-mails follow it too.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const signedIn = Boolean(useSession().data);
  const queryClient = useQueryClient();

  const choose = async (language: Language) => {
    await changeLanguage(language);
    if (!signedIn) return;
    await api.patch('/me', { language }).then(
      () =>
        queryClient.setQueryData<Session | null>(sessionQueryKey, (session) =>
          session ? { ...session, user: { ...session.user, language } } : session,
        ),
      // The page is already in the new language; the next choice saves it again.
      () => undefined,
    );
  };

  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-option"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void choose(language)}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
