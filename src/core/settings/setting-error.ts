// The one error a setting raises when it cannot be used: the province, the UCJ target and the year are
// each read by one parser (in this folder) where they enter (CLI flag, task pane field, stored workbook
// setting, the check's options), and every caller shows the same message.
import type { Localized } from '../i18n/lang';

export type SettingName = 'province' | 'target' | 'year' | 'regency' | 'regencyTargets' | 'regionalUcj';

export class SettingError extends Error {
  constructor(
    readonly setting: SettingName,
    readonly text: Localized,
  ) {
    super(text.en);
    this.name = 'SettingError';
  }
}

/** A value as it may be quoted in a message: one line, at most 40 characters. */
export function shownValue(raw: string | number): string {
  const isControl = (c: string): boolean => c < ' ' || (c >= '\u007f' && c <= '\u009f');
  const text = Array.from(String(raw), (c) => (isControl(c) ? ' ' : c)).join('');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
