/**
 * Writing direction from a language tag. The article keeps one language tag; its direction follows
 * from it, so an Arabic or Hebrew article is right-to-left in the editor, the preview and every export
 * without a second field that could disagree with the first.
 */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(language: string): TextDirection {
  const parts = language.toLowerCase().split(/[-_]/);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/** The language a right-to-left text most likely is, from its letters, for a page that did not say. */
export function guessRtlLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const hebrew = (sample.match(/[\u0590-\u05ff]/g) ?? []).length;
  const arabic = (sample.match(/[\u0600-\u06ff\u0750-\u077f]/g) ?? []).length;
  if (hebrew === 0 && arabic === 0) return null;
  if (hebrew > arabic) return 'he';
  // Persian and Urdu use letters Arabic does not.
  if (/[\u067e\u0686\u06af\u0698]/.test(sample)) return /[\u0679\u0688\u0691\u06ba\u06be\u06d2]/.test(sample) ? 'ur' : 'fa';
  return 'ar';
}

/**
 * The attributes a piece of the article's copy carries where it is edited or shown (headline, standfirst,
 * body, source line): its language and direction. The app's own labels around it stay left to right.
 */
export function copyAttributes(language: string): { lang?: string; dir: TextDirection } {
  return language.trim() ? { lang: language.trim(), dir: textDirection(language.trim()) } : { dir: 'ltr' };
}
