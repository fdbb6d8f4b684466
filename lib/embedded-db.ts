import { chmod, mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// An embedded PostgreSQL (PGlite) served over the wire protocol on 127.0.0.1, so the app
// reaches it through the same @prisma/adapter-pg path as a real server.
export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

export async function startEmbeddedDatabase(options: {
  dataDir?: string; // undefined: in memory
  port?: number; // 0: any free port
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) {
    // Owner only, like a PostgreSQL data directory (which refuses to start otherwise).
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    await chmod(options.dataDir, 0o700);
  }
  const pglite = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 20,
  });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
