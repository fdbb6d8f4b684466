import { draftMode } from "next/headers";
import { locales } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { safeNextTarget } from "@/lib/validation/account";

// Leaves draft mode and returns to the page the editor was on.
export async function GET(request: Request) {
  (await draftMode()).disable();
  const url = new URL(request.url);
  const locale = locales.find((l) => l === url.searchParams.get("locale")) ?? "pl";
  return redirect(safeNextTarget(url.searchParams.get("next"), locale));
}
