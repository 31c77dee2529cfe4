import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ru } from './locales/ru';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'zamena.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The user's last explicit choice; Russian otherwise (DESIGN.md §6). */
function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'ru';
  } catch {
    return 'ru';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ru';
}

/**
 * Russian, the default, is in the first page's bundle; English is fetched the first time it is chosen
 * (the texts of both would not fit the first page's budget, web/scripts/print-bundle-size.mjs).
 */
async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { en } = await import('./locales/en');
  i18n.addResourceBundle('en', 'translation', en);
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const initialized = i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru } },
  lng: 'ru',
  fallbackLng: 'ru',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Resolves once the stored language's texts are there: the first render waits for it. */
export const i18nReady = initialized.then(async () => {
  const language = storedLanguage();
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
});

export { i18n };
