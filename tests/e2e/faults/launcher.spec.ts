import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { isolatedAppDir, startFaultStack } from "../support/fault-stack";
import { messages } from "../support/pages";
import { childPids, freePort, isAlive, signal, waitFor } from "../support/processes";

// `npm run serve` on the embedded database, as a supervisor sees it (in a copy of the build): the
// launcher holds PostgreSQL (PGlite) and runs the web server as its child; when the server dies,
// the launcher exits with its status (128 + signal), so `Restart=on-failure` brings it back.

let root: string;
let launcher: ChildProcess | undefined;

test.afterAll(async () => {
  if (launcher?.pid && isAlive(launcher.pid)) signal(launcher.pid, "SIGKILL");
  if (root) await rm(root, { recursive: true, force: true });
});

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = await mkdtemp(path.join(tmpdir(), "okip-launcher-"));
  await isolatedAppDir(path.join(root, "app"));
});

// Starts `node --import tsx scripts/start.ts` on the embedded database; resolves once /pl answers.
async function startLauncher(): Promise<{ server: number; exited: Promise<number | null> }> {
  const appDir = path.join(root, "app");
  const port = await freePort();
  const logFile = path.join(root, "launcher.log");
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: appDir,
    stdio: ["ignore", log, log],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: "127.0.0.1",
      EMBEDDED_DB_DIR: path.join(root, "pglite"),
      MEDIA_DIR: path.join(root, "media"),
      OUTBOX_DIR: path.join(root, "outbox"),
      AUTH_SECRET: "e2e-auth-secret-0123456789abcdef0123456789",
      SEED_DEMO: "false",
      NEXT_TELEMETRY_DISABLED: "1",
      SCHEDULER_DISABLED: "true",
      NEWSLETTER_WORKER: "off",
    } as unknown as NodeJS.ProcessEnv,
  });
  launcher = child;
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 180_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/pl`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline || !isAlive(child.pid!)) {
      throw new Error(`the portal did not come up:\n${await readFile(logFile, "utf8")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  // The web server is the launcher's child started with --server-only (tsx keeps an esbuild child too).
  const server = childPids(child.pid!).find((pid) =>
    readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes("--server-only"),
  );
  expect(server).toBeDefined();
  console.log(`embedded start: launcher (PGlite) ${rssMb(child.pid!)} MB, web server ${rssMb(server!)} MB RSS`);
  return { server: server!, exited };
}

test("the launcher exits non-zero (128 + signal) when the web server is killed", async () => {
  test.setTimeout(240_000);
  const { server, exited } = await startLauncher();
  signal(server, "SIGKILL");
  expect(await exited).toBe(128 + 9);
  await waitFor(() => !isAlive(server), 5000, "the web server to be gone");
});

test("the web server does not outlive a launcher killed outright", async () => {
  test.setTimeout(240_000);
  const { server, exited } = await startLauncher();
  signal(launcher!.pid!, "SIGKILL");
  await exited;
  // It notices at once (its IPC channel closes) and shuts down.
  await waitFor(() => !isAlive(server), 15_000, "the orphaned web server to exit");
});

test("SIGTERM lets the requests in flight finish, then the web server exits 0", async () => {
  test.setTimeout(120_000);
  const stack = await startFaultStack();
  try {
    // A request that takes about 2 s: a name search while the database is frozen (its 503 comes
    // once the outage probe gives up).
    await stack.freezeDatabase();
    const started = Date.now();
    const inFlight = fetch(`${stack.baseURL}/pl/clusters?q=klaster`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const server = stack.server();
    signal(server.pid, "SIGTERM");
    const answer = await inFlight;
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain(`<h1>${messages.pl.Unavailable.title}</h1>`);
    expect(Date.now() - started).toBeGreaterThan(1500);
    expect(await server.exited).toBe(0);
    // New connections are refused once it has stopped listening.
    await expect(fetch(`${stack.baseURL}/pl`)).rejects.toThrow();
  } finally {
    await stack.thawDatabase();
    await stack.close();
  }
});
