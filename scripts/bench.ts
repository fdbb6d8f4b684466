// `npm run bench`: requests/s and latency of public pages on a production build, beside a
// bare node:http server returning the same bytes, measured in the same run on 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { defaultMigrationsDir, migrate, readMigrations } from "../lib/migrate";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { benchNewsletter } from "./bench-newsletter";
import { clearNextCaches } from "./next-cache";

const DURATION = Number(process.env.BENCH_DURATION ?? 10); // seconds per target
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3300);
const BARE_PORT = APP_PORT + 1;

const targets = [
  { name: "home", path: "/pl" },
  { name: "article", path: "/pl/news/porozumienie-o-wspolpracy-miedzyklastrowej-z-klastrem-okip" },
  { name: "directory", path: "/pl/clusters" },
];

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

// wrk (Debian package) when installed: a C client that does not compete with the servers
// for a Node event loop; else autocannon from npm.
const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value);
  if (!match) return NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
}

async function load(url: string) {
  if (hasWrk) {
    const run = spawnSync("wrk", ["-t1", `-c${CONNECTIONS}`, `-d${DURATION}s`, "--latency", url], { encoding: "utf8" });
    const out = run.stdout;
    return {
      rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)),
      p50: toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ""),
      p99: toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ""),
      errors: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
    };
  }
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build: running `next build`…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const database = await startEmbeddedDatabase({});
await migrate(database.url, await readMigrations(defaultMigrationsDir));
const db = createPrismaClient(database.url, 2);
await seed(db, { demo: true });
await db.$disconnect();
await clearNextCaches();

const children: ChildProcess[] = [];
const cleanup = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("exit", cleanup);

const app = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(APP_PORT), "--hostname", "127.0.0.1"],
  {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", PORT: String(APP_PORT) },
  },
);
children.push(app);
await waitFor(`http://127.0.0.1:${APP_PORT}/pl`);

// The bare server gets each page's exact bytes and content type from the warmed app.
const pages: Record<string, { body: string; type: string }> = {};
for (const target of targets) {
  for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${APP_PORT}${target.path}`);
  const res = await fetch(`http://127.0.0.1:${APP_PORT}${target.path}`);
  if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}`);
  pages[target.path] = { body: await res.text(), type: res.headers.get("content-type") ?? "text/html" };
}
const pagesFile = path.join(tmpdir(), `okip-bench-${process.pid}.json`);
writeFileSync(pagesFile, JSON.stringify(pages));
const bareSource = `
const http = require("node:http");
const pages = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(pagesFile)}, "utf8"));
http.createServer((req, res) => {
  const page = pages[req.url];
  if (!page) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": page.type });
  res.end(page.body);
}).listen(${BARE_PORT}, "127.0.0.1");`;
const bare = spawn(process.execPath, ["-e", bareSource], { stdio: "inherit" });
children.push(bare);
await waitFor(`http://127.0.0.1:${BARE_PORT}/pl`);

console.log(
  `\n${hasWrk ? "wrk" : "autocannon"}: ${CONNECTIONS} connections, ${DURATION} s per target, Next RSS before: ${rssMb(app.pid)} MB\n`,
);
const rows = [];
for (const target of targets) {
  const next = await load(`http://127.0.0.1:${APP_PORT}${target.path}`);
  const raw = await load(`http://127.0.0.1:${BARE_PORT}${target.path}`);
  rows.push({
    page: target.name,
    bytes: pages[target.path]!.body.length,
    "next req/s": next.rps,
    "next p50 ms": next.p50,
    "next p99 ms": next.p99,
    "bare req/s": raw.rps,
    "bare p50 ms": raw.p50,
    "bare p99 ms": raw.p99,
    "next/bare": `${((next.rps / raw.rps) * 100).toFixed(1)}%`,
    errors: next.errors + raw.errors,
  });
}
console.table(rows);
console.log(`Next RSS after: ${rssMb(app.pid)} MB`);

cleanup();
// Let Next exit before its database goes away (its scheduler would report the lost connection).
await new Promise<void>((resolve) => (app.exitCode !== null ? resolve() : app.once("exit", () => resolve())));

// Newsletter sending, on the same database once Next (and its in-app worker) has stopped.
console.log("\nNewsletter: one issue through the worker to an SMTP server in this process (rate limit off)");
console.table([
  await benchNewsletter(database.url),
  await benchNewsletter(database.url, { workers: 4 }),
  await benchNewsletter(database.url, { deferred: 0.2 }),
]);
await database.stop();
process.exit(0);
