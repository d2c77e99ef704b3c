import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language, type Message, NAMESPACES, resources } from '../../shared/i18n';

/** Starts i18next on the shared catalogs; Chinese unless the user chose otherwise. */
export async function initI18n(language: Language = DEFAULT_LANGUAGE) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Renders a Message from the main side or the domain code in the current language. */
export function renderMessage(message: Message): string {
  return i18next.t(message.key, message.params ?? {});
}
