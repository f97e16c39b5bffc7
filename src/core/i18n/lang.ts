// Bahasa Indonesia first, English second: every user-facing text in the core is a Localized pair.

export type Lang = 'id' | 'en';

export interface Localized {
  readonly id: string;
  readonly en: string;
}

export const pick = (text: Localized, lang: Lang): string => text[lang];

/** Chooses the UI language from an Office/browser locale tag: English for en-*, else Indonesian. */
export const langFromLocale = (locale: string | undefined | null): Lang => (locale && /^en\b/i.test(locale) ? 'en' : 'id');

/**
 * A whole number as the language writes it: 11.275 in Indonesian, 11,275 in English. Grouped by hand, so
 * the result does not depend on which locale data the runtime ships.
 */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return n < 0 ? `-${digits}` : digits;
}
