import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const file = path.resolve(".data/auth-secret");

// AUTH_SECRET signs session cookies. Unset on one machine: generated once into
// .data/auth-secret (outside git) so sessions survive restarts. Production sets it.
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    console.log("Generated AUTH_SECRET into .data/auth-secret (set AUTH_SECRET in production).");
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
