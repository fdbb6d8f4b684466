// The cluster directory: region, sector and name filters, by URL and through the form.
import { expect, type Page, test } from "@playwright/test";
import { messages, okipCluster, open, signatoryClusters } from "./support/pages";

test.describe.configure({ mode: "parallel" });

const m = messages.pl;
const pikmed = "Polski Innowacyjny Klaster Medyczny PIKMED";
const silesian = signatoryClusters.map((cluster) => cluster.name);

function clusterNames(page: Page) {
  return page.locator("main ul article h2");
}

// A <select> wrapped in its <label> is named by the label and its selected option
// ("Województwo Wszystkie województwa"), hence the prefix match.
function regionSelect(page: Page) {
  return page.getByRole("combobox", { name: new RegExp(`^${m.Clusters.region}`) });
}

function sectorSelect(page: Page) {
  return page.getByRole("combobox", { name: new RegExp(`^${m.Clusters.sector}`) });
}

async function sortedNames(page: Page): Promise<string[]> {
  return (await clusterNames(page).allInnerTexts()).map((name) => name.trim()).sort();
}

test("region slaskie lists the five Silesian clusters", async ({ page }) => {
  await open(page, "/pl/clusters?region=slaskie");
  await expect(clusterNames(page)).toHaveCount(silesian.length);
  expect(await sortedNames(page)).toEqual([...silesian].sort());
  await expect(page.getByRole("status")).toContainText(String(silesian.length));
  await expect(regionSelect(page)).toHaveValue("slaskie");
});

test("sector medical lists PIKMED", async ({ page }) => {
  await open(page, "/pl/clusters?sector=medical");
  await expect(clusterNames(page)).toHaveText([pikmed]);
  await expect(sectorSelect(page)).toHaveValue("medical");
});

test("searching for “pikmed” finds PIKMED", async ({ page }) => {
  await open(page, "/pl/clusters?q=pikmed");
  await expect(clusterNames(page)).toHaveText([pikmed]);
  await expect(clusterNames(page).getByRole("link")).toHaveAttribute("href", "/pl/clusters/pikmed");
});

test("the filter form works in the browser", async ({ page }) => {
  await open(page, "/pl/clusters");
  const all = await clusterNames(page).count();
  expect(all).toBeGreaterThan(silesian.length);
  // The umbrella network comes first.
  await expect(clusterNames(page).first()).toHaveText(okipCluster.name);

  const form = page.getByRole("search", { name: m.Clusters.filters, exact: true });
  await form.getByLabel(m.Clusters.search, { exact: true }).fill("pikmed");
  await form.getByRole("button", { name: m.Clusters.apply, exact: true }).click();
  await expect(page).toHaveURL(/\/pl\/clusters\?(.*&)?q=pikmed(&|$)/);
  await expect(clusterNames(page)).toHaveText([pikmed]);
  await expect(form.getByLabel(m.Clusters.search, { exact: true })).toHaveValue("pikmed");

  await page.getByRole("link", { name: m.Clusters.reset, exact: true }).click();
  await expect(page).toHaveURL("/pl/clusters");
  await expect(clusterNames(page)).toHaveCount(all);

  await regionSelect(page).selectOption({ label: m.Regions.slaskie });
  await form.getByLabel(m.Clusters.search, { exact: true }).press("Enter");
  await expect(page).toHaveURL(/[?&]region=slaskie(&|$)/);
  expect(await sortedNames(page)).toEqual([...silesian].sort());

  await sectorSelect(page).selectOption("medical");
  await form.getByRole("button", { name: m.Clusters.apply, exact: true }).click();
  await expect(page).toHaveURL(/[?&]sector=medical(&|$)/);
  await expect(page).toHaveURL(/[?&]region=slaskie(&|$)/);
  await expect(clusterNames(page)).toHaveText([pikmed]);
});
