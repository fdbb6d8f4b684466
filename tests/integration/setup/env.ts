import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL on first use.
process.env.DATABASE_URL = inject("databaseUrl");
