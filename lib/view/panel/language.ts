// The panel's language: the reader's stored choice decides; localStorage keeps a copy so the
// first frame is already in that language, before the store answers.
import { useEffect, useState } from 'preact/hooks';
import { pickLang, type Lang } from '../i18n/messages';
import type { UiLanguage } from '../../store/settings';

export const LANG_KEY = 'tabayyun:lang';

/** The subset of localStorage the language copy needs. */
export type LangMemory = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The language for the first frame: the remembered copy of the choice, else the browser's. */
export function initialLang(memory: LangMemory, browserLang: string): Lang {
  return pickLang(memory.getItem(LANG_KEY), browserLang);
}

/** Keeps the copy in line with the stored choice (null: follow the browser) and gives the language it means. */
export function rememberLang(memory: LangMemory, stored: UiLanguage | null, browserLang: string): Lang {
  if (stored) memory.setItem(LANG_KEY, stored);
  else memory.removeItem(LANG_KEY);
  return pickLang(stored, browserLang);
}

/** The document speaks the panel's language, in its direction. */
export function applyLang(doc: Document, lang: Lang, title: string): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  doc.title = title;
}

/** [language, choose] following `stored` (the settings' uiLanguage; undefined until the store answers). */
export function useLang(stored: UiLanguage | null | undefined, memory: LangMemory = localStorage, browserLang: string = navigator.language) {
  const [lang, setLang] = useState<Lang>(() => initialLang(memory, browserLang));
  useEffect(() => {
    if (stored === undefined) return;
    setLang(rememberLang(memory, stored, browserLang));
  }, [stored]);
  /** Shows `next` at once (the background stores it); null follows the browser. */
  const choose = (next: Lang | null) => setLang(pickLang(next, browserLang));
  return [lang, choose] as const;
}
