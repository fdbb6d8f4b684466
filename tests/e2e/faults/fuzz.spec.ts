import { request as httpRequest } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "../support/admin";
import { type FaultStack, startFaultStack } from "../support/fault-stack";
import { articleSlugs, messages } from "../support/pages";

// Bad input never gives a 5xx: about 2,000 requests to a portal of its own with odd query values,
// broken encodings, odd headers and methods, malformed server-action bodies, then NUL bytes typed
// into every public form and a sample of the editors' forms. Deterministic (a seeded generator),
// so a failure names a request that fails again.

let stack: FaultStack;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startFaultStack();
});

test.afterAll(async () => {
  await stack?.close();
});

// mulberry32: small, seeded, good enough to pick cases.
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const paths = [
  "/",
  "/pl",
  "/en",
  "/ru",
  "/pl/news",
  `/pl/news/${articleSlugs.pl}`,
  `/ru/news/${articleSlugs.ru}`,
  "/pl/clusters",
  "/de/clusters/pikmed",
  "/pl/agreements",
  "/fr/agreements/porozumienie-okip-2015",
  "/pl/newsletter",
  "/pl/newsletter/confirm",
  "/pl/newsletter/preferences",
  "/pl/privacy",
  "/pl/sign-in",
  "/pl/forgot-password",
  "/pl/set-password",
  "/pl/admin",
  "/pl/my-cluster",
  "/api/revalidate",
  "/api/scheduler",
  "/api/newsletter/unsubscribe",
  "/media/seed/okip-agreement-2015.jpg",
  "/sitemap.xml",
  "/robots.txt",
  "/pl/-/not-found",
];
const pathSuffixes = [
  "",
  "/",
  "%00",
  "%E0%A4%A",
  "%",
  "/..%2f..%2fetc%2fpasswd",
  "//x",
  ";a=b",
  "/%C0%AE",
  "/%C5%BC",
  "%20",
  "/-/1",
];
const queryKeys = ["page", "tag", "q", "region", "sector", "token", "next", "locale", "_rsc", "id"];
const queryValues = [
  "",
  "0",
  "-1",
  "1e9",
  "999999999999999999999",
  "%00",
  "%E0%A4%A",
  "%ff%fe",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%3B%20DROP%20TABLE%20%22Post%22%3B--",
  "x".repeat(3000),
  "slaskie",
  "agreements",
  "%F0%9F%98%80",
  "a%0D%0ASet-Cookie:%20x=1",
  "..%2F..%2F",
  "%5B%5D",
];
const headerSets: Record<string, string>[] = [
  {},
  { rsc: "1" },
  { rsc: "1", "next-router-state-tree": "%%%garbage" },
  { rsc: "1", "next-router-state-tree": encodeURIComponent('["",{"children":["__PAGE__",{}]}') },
  { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/garbage" },
  { "next-url": "/%%%" },
  { "accept-language": ";;;q=zz,**" },
  { "accept-language": "x".repeat(2000) },
  { cookie: "NEXT_LOCALE=%00; authjs.session-token=garbage" },
  { cookie: "authjs.session-token=" + "A".repeat(3000) },
  { "x-forwarded-for": "not-an-ip, ::::" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" },
  { range: "bytes=abc" },
  { "if-none-match": '"' + "x".repeat(100) },
  { accept: "text/x-nonsense" },
  { "content-type": "multipart/form-data; boundary=" },
];
const methods = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
const bodies = [
  "",
  "x=1",
  "\u0000\u0000\u0000",
  '["$K1"]',
  '--x\r\nContent-Disposition: form-data; name="1_$ACTION_ID_abc"\r\n\r\n\r\n--x--',
  "{".repeat(500),
];

function send(baseURL: string, method: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<number>((resolve, reject) => {
    const url = new URL(baseURL);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers: { ...headers, connection: "keep-alive" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on("error", reject);
    if (method !== "GET" && method !== "HEAD" && body) req.write(body);
    req.end();
  });
}

test("about 2,000 odd requests: not one answer of 5xx", async () => {
  test.setTimeout(600_000);
  const { pick, chance } = generator(20151706);
  const cases: { method: string; path: string; headers: Record<string, string>; body: string }[] = [];
  for (let i = 0; i < 2000; i += 1) {
    let path = pick(paths) + (chance(0.4) ? pick(pathSuffixes) : "");
    if (chance(0.7)) {
      const parts = Array.from({ length: chance(0.3) ? 2 : 1 }, () => `${pick(queryKeys)}=${pick(queryValues)}`);
      path += `?${parts.join("&")}`;
    }
    const method = pick(methods);
    const headers = { ...pick(headerSets) };
    let body = "";
    if (method === "POST" || method === "PUT" || method === "PATCH") {
      body = pick(bodies);
      if (chance(0.6)) headers["next-action"] = pick(["0".repeat(42), "deadbeef", "%%%", "7f" + "a".repeat(40)]);
      headers["content-type"] ??= pick([
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
      ]);
    }
    cases.push({ method, path, headers, body });
  }
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const started = Date.now();
  let index = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (index < cases.length) {
        const c = cases[index++]!;
        const status = await send(stack.baseURL, c.method, c.path, c.headers, c.body).catch((e: Error) => {
          failures.push(`${c.method} ${c.path.slice(0, 120)} ${JSON.stringify(c.headers).slice(0, 200)}: ${e.message}`);
          return -1;
        });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500)
          failures.push(
            `${status} ${c.method} ${c.path.slice(0, 120)} ${JSON.stringify(c.headers).slice(0, 200)} body=${JSON.stringify(c.body.slice(0, 60))}`,
          );
      }
    }),
  );
  const summary = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(", ");
  console.log(`fuzz: ${cases.length} requests in ${((Date.now() - started) / 1000).toFixed(0)} s: ${summary}`);
  expect(failures).toEqual([]);
});

// Fills every text field of the form in view with text holding a NUL byte and submits it.
async function submitWithNul(page: Page, form: ReturnType<Page["locator"]>, submit: string) {
  const fields = form.locator('input[type="text"], input[type="email"], input:not([type]), textarea');
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    await field.fill(`Tekst\u0000z bajtem zerowym ${i}`);
  }
  const consent = form.getByRole("checkbox");
  if ((await consent.count()) > 0) await consent.first().check();
  await form.getByRole("button", { name: submit, exact: true }).click();
}

test("NUL bytes in every public form and a sample of the editors' forms: translated errors, no 5xx", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const pl = messages.pl;
  const context = await browser.newContext({ baseURL: stack.baseURL, locale: "pl-PL" });
  const page = await context.newPage();
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500)
      serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  const control = pl.Validation.controlCharactersForm;

  const publicForms: [string, string][] = [
    ["/pl/newsletter", pl.Newsletter.form.submit],
    ["/pl/sign-in", pl.Account.signIn.submit],
    ["/pl/forgot-password", pl.Account.forgot.submit],
  ];
  for (const [path, submit] of publicForms) {
    await page.goto(path);
    const form = page.locator("main form").filter({ has: page.getByRole("button", { name: submit }) });
    await submitWithNul(page, form, submit);
    await expect(page.getByText(control).or(page.getByText(pl.Validation.email)).first()).toBeVisible();
  }

  await signIn(page, "editor");
  const editorForms: [string, string][] = [
    ["/pl/admin/posts/new", pl.AdminEditor.save],
    ["/pl/admin/tags", pl.AdminTags.save],
    ["/pl/admin/clusters/new", pl.AdminEditor.save],
    ["/pl/admin/agreements/new", pl.AdminEditor.save],
  ];
  for (const [path, submit] of editorForms) {
    await page.goto(path);
    const form = page
      .locator("main form")
      .filter({ has: page.getByRole("button", { name: submit }) })
      .first();
    await submitWithNul(page, form, submit);
    await expect(page.getByText(control).first()).toBeVisible();
  }
  expect(serverErrors).toEqual([]);
  await context.close();
});
