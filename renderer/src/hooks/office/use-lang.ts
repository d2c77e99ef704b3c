import { useTranslation } from 'react-i18next';
import type { LocalizedName } from '../../../../shared/catalog';
import type { Language } from '../../../../shared/i18n';

/** The interface language as the catalog and search functions name it. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** A product or edition name in the interface language. */
export function pickName(name: LocalizedName | null | undefined, lang: Language): string {
  if (!name) return '';
  return lang === 'en' ? name.en : name.zh;
}
