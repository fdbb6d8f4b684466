// Liveness for supervisors and load balancers: the process answers. No database: a database
// outage must not make a supervisor restart healthy web servers (that is /api/ready's question).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "cache-control": "no-store" } },
  );
}
