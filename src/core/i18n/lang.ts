// Bahasa Indonesia first, English second: every user-facing text in the core is a Localized pair.

export type Lang = 'id' | 'en';

export interface Localized {
  readonly id: string;
  readonly en: string;
}

export const pick = (text: Localized, lang: Lang): string => text[lang];

/** Chooses the UI language from an Office/browser locale tag: English for en-*, else Indonesian. */
export const langFromLocale = (locale: string | undefined | null): Lang => (locale && /^en\b/i.test(locale) ? 'en' : 'id');
