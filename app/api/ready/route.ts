import { readiness } from "@/lib/readiness";

// Readiness for load balancers: 200 when PostgreSQL answers and every migration is applied,
// else 503 with the reason (never the connection string or a stack).
export const dynamic = "force-dynamic";

export async function GET() {
  const state = await readiness();
  const headers = { "cache-control": "no-store" };
  if (state.ready) return Response.json({ status: "ready" }, { headers });
  const body =
    state.reason === "migrations"
      ? { status: "unavailable", reason: "migrations pending", pending: state.pending }
      : { status: "unavailable", reason: "database unreachable" };
  return Response.json(body, { status: 503, headers: { ...headers, "retry-after": "5" } });
}
