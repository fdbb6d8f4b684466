// A disposable portal for fault-injection e2e tests: its own PostgreSQL cluster (initdb + pg_ctl on a
// free port, so a test can stop, restart, freeze and thaw it), migrated and seeded like serve.ts, and
// its own `next start` of the production build with its own MEDIA_DIR, which can be made read-only.
// Everything lives in one mkdtemp folder; close() stops what this module started (by PID, never the
// machine's own PostgreSQL) and deletes the folder. Logs: <root>/next.log, <root>/seed.log, <root>/pg/data/log.
//
// Why this stack runs from a copy of `.next`: `next start` keeps rendered pages in
// `.next/server/route-cache` and cached queries in `.next/cache/fetch-cache`, and reads the disk
// whenever its in-memory cache misses. Two servers on one `.next` therefore serve each other's pages:
// measured with serve.ts on port 3100 beside a shared-folder stack, a cluster profile rendered by one
// server from its database was served by the other, whose database said otherwise, and it still
// answered 200 while its own database was stopped — a fault test would pass without seeing the fault.
// In the other direction, pages rendered from a fault test's changed data reach the main suite. The
// copy leaves out `.next/cache` (the ~100 MB build cache) and `server/route-cache`: about 40 MB and
// 1–2 s, made while PostgreSQL is initialised and seeded, so start-up does not wait for it. The other
// entries of the stack's working directory are symlinks to the repository (node_modules, next.config.ts, …).
//
// Why the seed runs in a child process: lib/env.ts parses process.env once per process and keeps it,
// so setting MEDIA_DIR in the Playwright worker and restoring it afterwards is not enough — if anything
// in the worker had read env() first, the seed would write its images elsewhere, and if the seed read it
// first, the worker's env() would point at this stack's folders for good. A child (`node --import tsx`
// on this very file) gets its own environment, and Prisma, sharp and argon2 stay out of the worker.
//
// Requires Linux (/proc), PostgreSQL 15 in /usr/lib/postgresql/15/bin and, as root, runuser and a
// `postgres` user (the server refuses to run as root) and chattr for read-only media.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, rmSync } from "node:fs";
import { chmod, chown, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import {
  canWrite,
  childPids,
  freePort,
  isAlive,
  isFree,
  isRoot,
  listensOn,
  lockTree,
  pgTool,
  pgToolSync,
  postgresUser,
  postmasterPid,
  processState,
  signal,
  sleep,
  unlockTreeSync,
  waitFor,
} from "./processes";

export interface FaultStack {
  /** http://127.0.0.1:<port> of this stack's `next start`. */
  baseURL: string;
  /** postgresql://postgres@127.0.0.1:<pgport>/okip (trust authentication). */
  databaseUrl: string;
  /** This stack's MEDIA_DIR (the seed's images are in it). */
  mediaDir: string;
  /** This stack's OUTBOX_DIR: without SMTP, every e-mail lands here as an .eml file. */
  outboxDir: string;
  /** The mkdtemp folder holding everything above and the logs. */
  rootDir: string;
  /** `pg_ctl stop -m fast` (thawing first if frozen); resolves once the postmaster has exited. */
  stopDatabase(): Promise<void>;
  /** `pg_ctl start -w` on the same port; resolves once it accepts connections. */
  startDatabase(): Promise<void>;
  /** SIGSTOP to the postmaster and its children: connections are accepted by the kernel, nothing answers. */
  freezeDatabase(): Promise<void>;
  /** SIGCONT to exactly the processes freezeDatabase() stopped. */
  thawDatabase(): Promise<void>;
  /** Makes mediaDir (recursively) read-only or writable again; throws unless a probe write confirms it. */
  setMediaReadOnly(readOnly: boolean): Promise<void>;
  /** One query on a fresh pg.Client, for assertions; gives up after 10 s when the server does not answer. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** The web server's process (scripts/server.ts), e.g. to send it SIGTERM; resolves with its exit once it has ended. */
  server(): { pid: number; exited: Promise<number | null> };
  /** Stops Next and PostgreSQL (by PID), undoes read-only media, deletes rootDir; safe to call twice. */
  close(): Promise<void>;
}

export interface FaultStackOptions {
  /** Port of `next start`; a free one by default. */
  port?: number;
  /** Extra environment for `next start` (e.g. SMTP_URL), applied last. */
  env?: Record<string, string>;
}

const DATABASE = "okip";
const SEED_FLAG = "--fault-stack-seed";
// The same secrets as serve.ts, so helpers written for the main e2e server work here too.
const AUTH_SECRET = "e2e-auth-secret-0123456789abcdef0123456789";
const REVALIDATE_SECRET = "e2e-revalidate-secret-0123456789";
const thisFile = fileURLToPath(import.meta.url);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

// Starts PostgreSQL and the portal on free ports; resolves once GET /pl answers 200.
export async function startFaultStack(options: FaultStackOptions = {}): Promise<FaultStack> {
  const pgPort = await freePort();
  const port = options.port ?? (await freePort([pgPort]));
  if (!(await isFree(port))) throw new Error(`startFaultStack: port ${port} is in use`);
  const rootDir = await mkdtemp(path.join(tmpdir(), "okip-fault-"));
  const pgDir = path.join(rootDir, "pg");
  const dataDir = path.join(pgDir, "data");
  const mediaDir = path.join(rootDir, "media");
  const outboxDir = path.join(rootDir, "outbox");
  const appDir = path.join(rootDir, "app");
  const nextLog = path.join(rootDir, "next.log");
  const databaseUrl = `postgresql://postgres@127.0.0.1:${pgPort}/${DATABASE}`;
  const adminUrl = `postgresql://postgres@127.0.0.1:${pgPort}/postgres`;
  const baseURL = `http://127.0.0.1:${port}`;
  // Quoted for the shell pg_ctl hands them to; fsync off: a test cluster need not survive a power cut.
  const settings = ["fsync=off", "synchronous_commit=off", "full_page_writes=off"].map((setting) => `-c ${setting}`);
  const serverOptions = [`-p ${pgPort}`, `-k '${dataDir}'`, "-h 127.0.0.1", ...settings].join(" ");

  let next: ChildProcess | undefined;
  let frozen: number[] = [];
  let mediaLocked = false;
  let closed = false;

  const pgCtl = (...args: string[]) => pgTool("pg_ctl", ["-D", dataDir, ...args], pgDir);
  const isDatabaseRunning = () => {
    const pid = postmasterPid(dataDir);
    return pid !== null && isAlive(pid);
  };

  async function startDatabase(): Promise<void> {
    if (isDatabaseRunning()) return;
    await pgCtl("-o", serverOptions, "-l", path.join(dataDir, "log"), "start", "-w", "-t", "60");
    await query(adminUrl, "SELECT 1");
  }

  async function stopDatabase(): Promise<void> {
    thawDatabase();
    const postmaster = postmasterPid(dataDir);
    if (postmaster === null || !isAlive(postmaster)) return;
    await pgCtl("stop", "-m", "fast", "-w", "-t", "60");
    // pg_ctl returns once postmaster.pid is gone, a moment before the process itself.
    await waitFor(() => !isAlive(postmaster), 10_000, `PostgreSQL (pid ${postmaster}) did not exit`);
  }

  async function freezeDatabase(): Promise<void> {
    if (frozen.length > 0) return;
    const postmaster = postmasterPid(dataDir);
    if (postmaster === null || !isAlive(postmaster)) throw new Error("freezeDatabase: PostgreSQL is not running");
    // The postmaster first, so that it cannot fork a backend after the children are listed.
    signal(postmaster, "SIGSTOP");
    frozen = [postmaster, ...childPids(postmaster)];
    for (const pid of frozen.slice(1)) signal(pid, "SIGSTOP");
    await waitFor(() => frozen.every((pid) => processState(pid) !== "running"), 5000, "PostgreSQL did not stop");
  }

  function thawDatabase(): void {
    for (const pid of frozen) signal(pid, "SIGCONT");
    frozen = [];
  }

  async function setMediaReadOnly(readOnly: boolean): Promise<void> {
    if (readOnly) mediaLocked = true;
    await lockTree(mediaDir, readOnly);
    const writable = await canWrite(mediaDir);
    if (readOnly && writable) {
      throw new Error(`setMediaReadOnly(true): ${mediaDir} still accepts new files; the test would prove nothing`);
    }
    if (!readOnly && !writable) throw new Error(`setMediaReadOnly(false): ${mediaDir} is still read-only`);
    if (!readOnly) mediaLocked = false;
  }

  // Runs after everything else when the worker exits without close() (a crash, a forgotten close).
  function cleanUpSync(): void {
    for (const pid of frozen) signal(pid, "SIGCONT");
    if (next?.pid !== undefined && next.exitCode === null && next.signalCode === null) signal(next.pid, "SIGKILL");
    if (isDatabaseRunning()) pgToolSync("pg_ctl", ["-D", dataDir, "stop", "-m", "immediate", "-w"], pgDir);
    if (mediaLocked) unlockTreeSync(mediaDir);
    rmSync(rootDir, { recursive: true, force: true });
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    process.off("exit", cleanUpSync);
    const errors: unknown[] = [];
    const attempt = async (step: () => unknown) => {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    };
    // Thawed first: Next waits for requests in flight before it exits, and those wait for the database.
    thawDatabase();
    const child = next;
    if (child) await attempt(() => stopChild(child));
    await attempt(stopDatabase);
    if (mediaLocked) await attempt(() => lockTree(mediaDir, false));
    await attempt(() => rm(rootDir, { recursive: true, force: true }));
    if (errors.length > 0) throw new AggregateError(errors, `closing the fault stack in ${rootDir} failed`);
  }

  process.on("exit", cleanUpSync);
  // The copy of the build runs while PostgreSQL is prepared; it is awaited before anything is deleted.
  const appReady = isolatedAppDir(appDir);
  appReady.catch(() => {});
  try {
    await Promise.all([mkdir(mediaDir), mkdir(outboxDir), mkdir(pgDir)]);
    if (isRoot) {
      const { uid, gid } = await postgresUser();
      await chmod(rootDir, 0o711);
      await chown(pgDir, uid, gid);
    }
    await pgTool(
      "initdb",
      ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
      pgDir,
    );
    await startDatabase();
    await query(adminUrl, `CREATE DATABASE "${DATABASE}"`);
    await seedInChild(databaseUrl, mediaDir, outboxDir, path.join(rootDir, "seed.log"));

    await appReady;
    const log = openSync(nextLog, "a");
    next = spawn(
      process.execPath,
      // The production web server as `npm run serve` runs it (scripts/server.ts), without the database work.
      ["--import", "tsx", "scripts/start.ts", "--server-only"],
      {
        cwd: appDir,
        stdio: ["ignore", log, log],
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          SITE_URL: baseURL,
          PORT: String(port),
          HOST: "127.0.0.1",
          AUTH_SECRET,
          REVALIDATE_SECRET,
          MEDIA_DIR: mediaDir,
          OUTBOX_DIR: outboxDir,
          SMTP_URL: "",
          NEXT_TELEMETRY_DISABLED: "1",
          NEWSLETTER_WORKER: "off",
          SCHEDULER_DISABLED: "true",
          ...options.env,
        },
      },
    );
    closeSync(log);
    await waitForPage(`${baseURL}/pl`, port, next, nextLog);
  } catch (error) {
    await appReady.catch(() => {});
    const logs = await describeLogs(rootDir);
    await close().catch(() => {});
    throw new Error(`startFaultStack failed: ${error instanceof Error ? error.message : String(error)}${logs}`, {
      cause: error,
    });
  }

  return {
    baseURL,
    databaseUrl,
    mediaDir,
    outboxDir,
    rootDir,
    stopDatabase,
    startDatabase,
    freezeDatabase,
    thawDatabase: async () => thawDatabase(),
    setMediaReadOnly,
    sql: <T>(text: string, values?: unknown[]) => query<T>(databaseUrl, text, values),
    server: () => {
      const child = next!;
      const exited =
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve(child.exitCode)
          : new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      return { pid: child.pid!, exited };
    },
    close,
  };
}

// One query on a fresh connection; bounded, so a stopped or frozen server fails the test instead of hanging it.
async function query<T>(connectionString: string, text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end().catch(() => {});
  }
}

// A working directory for `next start`: its own copy of the build (see the top of the file), symlinks for the rest.
export async function isolatedAppDir(appDir: string): Promise<void> {
  await mkdir(appDir);
  const source = path.join(repoRoot, ".next");
  if (!existsSync(path.join(source, "BUILD_ID")))
    throw new Error(`no production build in ${source}: run npm run build`);
  const skipped = new Set([path.join(source, "cache"), path.join(source, "server", "route-cache")]);
  await cp(source, path.join(appDir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (file) => !skipped.has(file),
  });
  for (const entry of await readdir(repoRoot)) {
    if ([".next", ".data", ".git"].includes(entry)) continue;
    await symlink(path.join(repoRoot, entry), path.join(appDir, entry));
  }
}

// Migrates and seeds in a child process with this stack's MEDIA_DIR and OUTBOX_DIR (see the top of the file).
async function seedInChild(databaseUrl: string, mediaDir: string, outboxDir: string, logFile: string): Promise<void> {
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", thisFile, SEED_FLAG, databaseUrl], {
    cwd: repoRoot, // defaultMigrationsDir is relative to the working directory
    stdio: ["ignore", log, log],
    env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir, OUTBOX_DIR: outboxDir },
  });
  closeSync(log);
  const code = await new Promise<number | string | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode, signalName) => resolve(exitCode ?? signalName));
  });
  if (code !== 0) throw new Error(`seeding exited with ${code}`);
}

// The seeding child's work: exactly what serve.ts does before it starts Next.
async function seedDatabase(databaseUrl: string): Promise<void> {
  const { defaultMigrationsDir, migrate, readMigrations } = await import("../../../lib/migrate");
  const { createPrismaClient } = await import("../../../lib/prisma-client");
  const { seed } = await import("../../../prisma/seed");
  const { hashPassword } = await import("../../../lib/auth/password");
  const { e2eUsers } = await import("./accounts");
  await migrate(databaseUrl, await readMigrations(defaultMigrationsDir));
  const db = createPrismaClient(databaseUrl, 2);
  try {
    await seed(db, { demo: true });
    const pikmed = await db.cluster.findUniqueOrThrow({ where: { slug: "pikmed" } });
    for (const user of Object.values(e2eUsers)) {
      await db.user.create({
        data: {
          email: user.email,
          name: user.name,
          role: user.role,
          clusterId: user.role === "MEMBER" ? pikmed.id : null,
          passwordHash: await hashPassword(user.password),
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

// Runs a PostgreSQL program, as the postgres user when this process is root.
async function waitForPage(
  url: string,
  port: number,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    }
    if (child.pid === undefined || !listensOn(child.pid, port)) {
      last = `not listening on ${port} yet`;
      await sleep(100);
      continue;
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last}); see ${logFile}`);
}

// SIGTERM to the child's PID, SIGKILL if it is still there after 5 s; resolves when it has exited.
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

// The end of each log, for the error of a start that failed (the folder is deleted with it).
async function describeLogs(rootDir: string): Promise<string> {
  const logs = ["seed.log", "next.log", "pg/data/log"].map((name) => path.join(rootDir, name));
  let text = "";
  for (const file of logs) {
    const content = await readFile(file, "utf8").catch(() => "");
    if (!content) continue;
    text += `\n--- ${path.relative(rootDir, file)} (end) ---\n${content.split("\n").slice(-30).join("\n")}`;
  }
  return text;
}

if (process.argv[2] === SEED_FLAG && import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  seedDatabase(process.argv[3] ?? "").then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
