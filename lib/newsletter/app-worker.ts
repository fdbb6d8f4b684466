import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { workerOptions } from "./settings";
import { startNewsletterWorker, type Worker } from "./worker";

const state = globalThis as unknown as { okipNewsletterWorker?: Worker };

// The newsletter worker inside the web server's process, with its own two database connections.
export function startAppWorker(databaseUrl: string): void {
  if (state.okipNewsletterWorker) return;
  const options = workerOptions(env(), createPrismaClient(databaseUrl, 2));
  // No signal handlers of its own: on SIGTERM the web server (scripts/server.ts) drains requests,
  // then stops this worker through globalThis, which hands back what it took but did not try. A
  // message recorded as sent is never sent again.
  state.okipNewsletterWorker = startNewsletterWorker(options);
}
