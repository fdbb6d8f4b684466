import { defineConfig, devices } from "@playwright/test";

// e2e runs against a production build (`next build` + `next start`) on a freshly migrated and
// seeded database, in Debian's Chromium (Playwright's own browser download is unreachable).
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  ...devices["Desktop Chrome"],
  locale: "pl-PL",
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "pl-PL",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // Public pages first, on the seed as it is; the admin tests then change content.
      testIgnore: /(admin|faults)\//,
      use: chromium,
    },
    {
      name: "admin",
      testMatch: /admin\/.*\.spec\.ts/,
      dependencies: ["chromium"],
      use: chromium,
    },
    {
      // Each file starts a portal of its own (tests/e2e/support/fault-stack.ts) to break; after the
      // admin tests, so that its server and database do not slow theirs on a 2-core machine.
      name: "faults",
      testMatch: /faults\/.*\.spec\.ts/,
      dependencies: ["admin"],
      use: chromium,
    },
  ],
  webServer: {
    command: `npx tsx tests/e2e/support/serve.ts`,
    url: `${baseURL}/pl`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
