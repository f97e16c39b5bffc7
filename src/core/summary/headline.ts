// The headline sentence of the summary, in the sheet's language:
//   "Cakupan 33,6 % dari 9.350 sasaran; perlu 2.428 pekerja lagi untuk target 59,56 %."
// The core writes it as text (pane, CLI) and the sheet builds the same text with formulas, so the sheet's
// sentence follows every edit of the roster or the target. The formulas spell numbers with INT, MOD and
// TEXT(x,"000") only: TEXT with "#,##0" or "0.0" would follow the separators of the Excel reading the file,
// so an English Excel would print "9,350" in an Indonesian sentence.
import { formatCount, type Lang } from '../i18n/lang';
import { formatTarget, type Target } from '../settings/target';

export interface HeadlineFigures {
  readonly eligible: number;
  readonly covered: number;
  readonly gap: number;
  readonly target: Target;
}

const SEPARATORS: Readonly<Record<Lang, { readonly thousands: string; readonly decimal: string }>> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** 9350 → "9.350" (id) / "9,350" (en): the core's one count format, as the sentence writes it. */
export { formatCount };

/** covered ÷ eligible as "33,6 %" (id) / "33.6 %" (en): one decimal, rounded half up from the exact quotient. */
export function formatCoverage(covered: number, eligible: number, lang: Lang): string {
  const tenths = Math.round((covered * 1000) / eligible);
  return `${Math.floor(tenths / 10)}${SEPARATORS[lang].decimal}${tenths % 10} %`;
}

/** The sentence for the figures, in `lang`. */
export function headlineSentence(f: HeadlineFigures, lang: Lang): string {
  const target = formatTarget(f.target, lang);
  if (lang === 'id') {
    if (f.eligible === 0) return `Belum ada sasaran yang dihitung; target ${target}.`;
    const head = `Cakupan ${formatCoverage(f.covered, f.eligible, lang)} dari ${formatCount(f.eligible, lang)} sasaran`;
    return f.gap === 0
      ? `${head}; target ${target} tercapai.`
      : `${head}; perlu ${formatCount(f.gap, lang)} pekerja lagi untuk target ${target}.`;
  }
  if (f.eligible === 0) return `No eligible workers counted yet; target ${target}.`;
  const head = `Coverage ${formatCoverage(f.covered, f.eligible, lang)} of ${formatCount(f.eligible, lang)} eligible`;
  return f.gap === 0
    ? `${head}; the ${target} target is reached.`
    : `${head}; ${formatCount(f.gap, lang)} more ${f.gap === 1 ? 'worker' : 'workers'} needed to reach the ${target} target.`;
}

/** Cells the sentence formula reads: A1 references or defined names. */
export interface HeadlineRefs {
  readonly eligible: string;
  readonly covered: string;
  readonly gap: string;
  readonly target: string;
}

/** Text of a whole number below a billion with the language's thousands separator, as formatCount writes it. */
function countFormula(x: string, lang: Lang): string {
  const s = `"${SEPARATORS[lang].thousands}"`;
  return (
    `IF(${x}>=1000000,INT(${x}/1000000)&${s}&TEXT(INT(MOD(${x},1000000)/1000),"000")&${s}&TEXT(MOD(${x},1000),"000"),` +
    `IF(${x}>=1000,INT(${x}/1000)&${s}&TEXT(MOD(${x},1000),"000"),INT(${x})&""))`
  );
}

function coverageFormula(covered: string, eligible: string, lang: Lang): string {
  const tenths = `ROUND(${covered}*1000/${eligible},0)`;
  return `INT(${tenths}/10)&"${SEPARATORS[lang].decimal}"&MOD(${tenths},10)&" %"`;
}

/** formatTarget as a formula: at least two decimals, up to four when the target has them. */
function targetFormula(target: string, lang: Lang): string {
  const units = `ROUND(${target}*1000000,0)`; // hundredths of a basis point: 59.56 % → 595600
  const d = `MOD(${units},10000)`;
  const decimals = `IF(MOD(${d},100)=0,TEXT(${d}/100,"00"),IF(MOD(${d},10)=0,TEXT(${d}/10,"000"),TEXT(${d},"0000")))`;
  return `INT(${units}/10000)&"${SEPARATORS[lang].decimal}"&${decimals}&" %"`;
}

/** The sentence as one native formula over the sheet's cells (English function names). */
export function headlineFormula(refs: HeadlineRefs, lang: Lang): string {
  const { eligible, covered, gap } = refs;
  const target = targetFormula(refs.target, lang);
  const pct = coverageFormula(covered, eligible, lang);
  const n = (x: string) => countFormula(x, lang);
  if (lang === 'id')
    return (
      `=IF(${eligible}=0,"Belum ada sasaran yang dihitung; target "&${target}&".",` +
      `"Cakupan "&${pct}&" dari "&${n(eligible)}&" sasaran; "&` +
      `IF(${gap}=0,"target "&${target}&" tercapai.","perlu "&${n(gap)}&" pekerja lagi untuk target "&${target}&"."))`
    );
  return (
    `=IF(${eligible}=0,"No eligible workers counted yet; target "&${target}&".",` +
    `"Coverage "&${pct}&" of "&${n(eligible)}&" eligible; "&` +
    `IF(${gap}=0,"the "&${target}&" target is reached.",${n(gap)}&IF(${gap}=1," more worker"," more workers")&" needed to reach the "&${target}&" target."))`
  );
}
