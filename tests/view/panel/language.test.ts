// The panel's language: the stored choice decides, a local copy paints the first frame in it.
import { describe, expect, it } from 'vitest';
import { applyLang, initialLang, LANG_KEY, rememberLang, type LangMemory } from '../../../lib/view/panel/language';

function memory(initial: Record<string, string> = {}): LangMemory & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
}

describe('panel language', () => {
  it('the first frame follows the remembered choice, else the browser', () => {
    expect(initialLang(memory({ [LANG_KEY]: 'en' }), 'ar-EG')).toBe('en');
    expect(initialLang(memory(), 'ar-EG')).toBe('ar');
    // Neither Arabic nor English: Arabic, the panel's own language.
    expect(initialLang(memory(), 'fr-FR')).toBe('ar');
  });

  it('the stored choice is remembered; no choice forgets the copy and follows the browser', () => {
    const m = memory({ [LANG_KEY]: 'en' });
    expect(rememberLang(m, 'ar', 'en-US')).toBe('ar');
    expect(m.data[LANG_KEY]).toBe('ar');
    expect(rememberLang(m, null, 'en-US')).toBe('en');
    expect(LANG_KEY in m.data).toBe(false);
  });

  it('the document takes the language, its direction and the title', () => {
    const doc = { documentElement: { lang: '', dir: '' }, title: '' } as unknown as Document;
    applyLang(doc, 'ar', 'تبيّن');
    expect([doc.documentElement.lang, doc.documentElement.dir, doc.title]).toEqual(['ar', 'rtl', 'تبيّن']);
    applyLang(doc, 'en', 'Tabayyun');
    expect(doc.documentElement.dir).toBe('ltr');
  });
});
