import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * axe-core in the page itself (injected from node_modules), WCAG 2.1 A/AA rules. The app's CSP
 * (script-src 'self') blocks the injected script: the page's context must be made with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // axe is a global once the script is injected; it has no types in the page's scope.
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
}

/** The violations that fail a page: serious or critical ones. */
export const seriousViolations = async (page: Page) =>
  (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
