// `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL.
import { defaultMigrationsDir, migrate, readMigrations } from "../lib/migrate";
import { loadEnvFile } from "./load-env";

loadEnvFile();
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm start` migrates its embedded database by itself.)");
  process.exit(1);
}
try {
  const result = await migrate(url, await readMigrations(defaultMigrationsDir), (line) => console.log(line));
  console.log(result.applied.length ? `${result.applied.length} migration(s) applied.` : "Database is up to date.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
