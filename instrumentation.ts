// Runs once when the Next server starts: starts the publishing scheduler and, unless
// NEWSLETTER_WORKER=off (a separate `npm run worker` sends), the newsletter worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  if (process.env.SCHEDULER_DISABLED !== "true") {
    const { startScheduler } = await import("./lib/scheduler");
    startScheduler(process.env.PORT ?? "3000", env().SCHEDULER_INTERVAL_MS);
  }
  if (env().NEWSLETTER_WORKER === "app" && process.env.DATABASE_URL) {
    // A newsletter that cannot start must not take the site down with it.
    try {
      const { startAppWorker } = await import("./lib/newsletter/app-worker");
      startAppWorker(process.env.DATABASE_URL);
    } catch (error) {
      console.error(`newsletter worker not started: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
