import { randomBytes } from "node:crypto";

// The in-process scheduler: every SCHEDULER_INTERVAL_MS it asks this server's own
// /api/scheduler route to publish due posts. It goes through HTTP because Next expires
// cached pages only inside a request; the token is this process's own and never leaves it.
const state = globalThis as unknown as { okipScheduler?: { token: string; timer: NodeJS.Timeout } };

export function schedulerToken(): string | undefined {
  return state.okipScheduler?.token;
}

export function startScheduler(port: string, intervalMs: number): void {
  if (state.okipScheduler) return;
  const token = randomBytes(32).toString("hex");
  const tick = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/scheduler`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.ok) {
        const { published } = (await response.json()) as { published: number };
        if (published > 0) console.log(`scheduler: published ${published} post(s)`);
      }
    } catch {
      // The server is still starting or shutting down; the next tick tries again.
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  state.okipScheduler = { token, timer };
  // Catch up at once after a restart: posts due while the server was down go live now.
  setTimeout(tick, 1000).unref();
}
