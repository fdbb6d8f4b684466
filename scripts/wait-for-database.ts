import pg from "pg";

// Waits until PostgreSQL accepts a connection: one log line, then retries with backoff (0.5 s,
// doubling to 5 s) for up to DATABASE_WAIT_SECONDS (default 120); then exits with a clear error
// (a supervisor such as systemd restarts the service).
export async function waitForDatabase(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const where = `${hostname}:${port || 5432}`;
  const limitMs = Number(process.env.DATABASE_WAIT_SECONDS ?? 120) * 1000;
  const started = Date.now();
  let delay = 500;
  let announced = false;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      if (announced) console.log(`PostgreSQL at ${where} answers.`);
      return;
    } catch (error) {
      await client.end().catch(() => {});
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      if (Date.now() - started + delay > limitMs) {
        console.error(`PostgreSQL at ${where} did not answer within ${limitMs / 1000} s (last error: ${reason}).`);
        process.exit(1);
      }
      if (!announced) {
        console.log(`waiting for PostgreSQL at ${where}… (${reason})`);
        announced = true;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5000);
  }
}
