// `npm run serve` (after `next build`) and `npm run dev`: prepares the database, then serves.
//   DATABASE_URL set: the database work runs in a child process (scripts/prepare.ts), then this
//   process becomes the web server (scripts/server.ts) — no launcher stays behind holding memory,
//   and its exit status is the server's own.
//   DATABASE_URL unset: this process runs an embedded PostgreSQL (PGlite, data in .data/pglite)
//   and the web server runs as its child, so the database's work never blocks page rendering;
//   it exits with the server's status (128 + signal when the server was killed).
import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { env } from "../lib/env";
import { ensureAuthSecret } from "./auth-secret";
import { loadEnvFile } from "./load-env";
import { clearNextCaches } from "./next-cache";

loadEnvFile();
ensureAuthSecret();
// A bad variable stops the start here, with its name, rather than failing every page later.
try {
  env();
} catch (error) {
  console.error("Invalid configuration (see .env.example):", (error as Error).message);
  process.exit(1);
}
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? "3000");
const serverOptions = { dev, port, hostname: process.env.HOST || undefined };

if (process.argv.includes("--server-only")) {
  const { serve } = await import("./server");
  await serve(serverOptions);
  // Started by a launcher that holds the embedded database: if the launcher goes, so does this
  // server (a supervisor restarts the pair), instead of serving without its database.
  process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
} else {
  if (process.env.DATABASE_URL && !process.env.SITE_URL) {
    console.warn("SITE_URL is not set: canonical and OpenGraph links will point at http://localhost:3000.");
  }
  const embedded = process.env.DATABASE_URL
    ? null
    : await (
        await import("../lib/embedded-db")
      ).startEmbeddedDatabase({
        dataDir: path.resolve(process.env.EMBEDDED_DB_DIR ?? ".data/pglite"),
        port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
      });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  if (embedded) console.log(`Embedded PostgreSQL on ${new URL(databaseUrl).host} (data in .data/pglite)`);
  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    OKIP_EMBEDDED_DATABASE: embedded ? "true" : "false",
  };
  // The server child gets an IPC channel too, so it notices when this process is gone (even after a SIGKILL).
  const tsx = (script: string, args: string[] = [], ipc = false) =>
    spawn(process.execPath, ["--import", "tsx", path.resolve("scripts", script), ...args], {
      stdio: ["inherit", "inherit", "inherit", ...(ipc ? (["ipc"] as const) : [])],
      env: childEnv,
    });

  const prepared = await exitStatus(forwardSignals(tsx("prepare.ts")));
  if (prepared !== 0) {
    await embedded?.stop();
    process.exit(prepared);
  }
  if (!dev) await clearNextCaches();
  if (embedded) {
    const status = await exitStatus(
      forwardSignals(tsx("start.ts", ["--server-only", ...(dev ? ["--dev"] : [])], true)),
    );
    await embedded.stop();
    process.exit(status);
  } else {
    Object.assign(process.env, childEnv);
    const { serve } = await import("./server");
    await serve(serverOptions);
  }
}

// Ctrl-C or a supervisor's SIGTERM reaches the child, which decides how to end.
function forwardSignals(child: ChildProcess): ChildProcess {
  const relay = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", relay);
  process.on("SIGTERM", relay);
  child.on("exit", () => {
    process.off("SIGINT", relay);
    process.off("SIGTERM", relay);
  });
  return child;
}

// The child's exit code, or 128 + the signal's number when a signal ended it (as a shell reports it).
function exitStatus(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))),
  );
}
