// Synthetic person and place names built from syllables, so no demo row names a real person.
import type { Random } from './random';

const ONSETS = ['b', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'nd', 'ng', 'sr', 'tr'];
const VOWELS = ['a', 'i', 'u', 'e', 'o', 'a', 'i', 'a'];
const CODAS = ['', '', '', 'n', 'r', 's', 'h', 'ng', 't'];

function syllable(rng: Random, final: boolean): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + (final ? rng.pick(CODAS) : '');
}

/** A word of 2–3 syllables, capitalised: "Sanuri", "Wendah". */
export function word(rng: Random): string {
  const n = rng.int(2, 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syllable(rng, i === n - 1);
  return w[0].toUpperCase() + w.slice(1);
}

/** Two or three words: "Sanuri Wendah", "Tiko Mardun Yasi". */
export function personName(rng: Random): string {
  const parts = rng.next() < 0.25 ? 3 : 2;
  const out: string[] = [];
  for (let i = 0; i < parts; i++) out.push(word(rng));
  return out.join(' ');
}
