import { existsSync } from "node:fs";

// Scripts read .env the way Next does (Next itself loads it for the app).
export function loadEnvFile(): void {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
