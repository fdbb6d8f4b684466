// axe-core on every page type, in Polish and Russian, at desktop width and at 360 px:
// no serious or critical violations, and no horizontal scrolling on a small phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { open, pageTypes } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "360 px", width: 360, height: 800 },
] as const;

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function describe(violations: AxeResults["violations"]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
}

for (const pageType of pageTypes) {
  test(`${pageType.name}: no serious or critical axe violations (pl, ru; desktop and 360 px)`, async ({ page }) => {
    test.setTimeout(90_000); // four axe-core runs are CPU-heavy
    for (const locale of ["pl", "ru"] as const) {
      const path = pageType.path(locale);
      // One load per locale; the viewport then changes under the same document, as a phone rotates.
      await page.setViewportSize({ width: viewports[0].width, height: viewports[0].height });
      await open(page, path, pageType.status);
      for (const viewport of viewports) {
        await test.step(`${path} at ${viewport.name}`, async () => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(viewport.width);

          const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
          expect(results.passes.length, "axe ran its rules").toBeGreaterThan(0);
          const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          expect(serious, `axe violations on ${path} at ${viewport.name}:\n${describe(serious)}`).toEqual([]);

          // A small phone never scrolls sideways (a desktop never does either).
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `horizontal scrolling on ${path} at ${viewport.name}`).toBeLessThanOrEqual(
            viewport.width,
          );
        });
      }
    }
  });
}
