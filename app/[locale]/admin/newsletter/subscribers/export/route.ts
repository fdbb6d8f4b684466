import { AuthorizationError, getViewer } from "@/lib/auth/viewer";
import { subscribersCsv } from "@/lib/data/admin/newsletter/subscribers";
import { isLocale } from "@/lib/i18n/locales";

// Every newsletter subscriber as a CSV download (administrators only; the export is audit-logged).
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/admin/newsletter/subscribers/export">,
) {
  if (!isLocale((await params).locale)) return new Response("Not found", { status: 404 });
  let csv: string;
  try {
    csv = await subscribersCsv(await getViewer());
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return new Response("Forbidden", { status: 403, headers: { "cache-control": "no-store" } });
    }
    throw error;
  }
  // Today's date in Warsaw, as YYYY-MM-DD (the en-CA format).
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="okip-newsletter-subscribers-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
