// Runs once when the Next server starts: starts the publishing scheduler in Node servers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SCHEDULER_DISABLED === "true") return;
  const { startScheduler } = await import("./lib/scheduler");
  const { env } = await import("./lib/env");
  startScheduler(process.env.PORT ?? "3000", env().SCHEDULER_INTERVAL_MS);
}
