/**
 * axe-core in the e2e tests: WCAG 2.0/2.1 A and AA rules plus WCAG 2.2's target size. Its source goes into the page
 * through Playwright's evaluate (the DevTools protocol), which the page's Content-Security-Policy does not govern,
 * so the preview server serves nothing new and the policy stays as strict for the app's own code; a test can
 * still assert zero CSP violations after an audit.
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** Selector and failure summary of each offending element. */
  readonly nodes: readonly string[];
}

/** Runs axe on the page as it is now; returns its violations (an empty list passes). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(
    async (tags) => {
      type AxeResult = {
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
      };
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 400)),
      }));
    },
    AXE_TAGS as unknown as string[],
  );
}
