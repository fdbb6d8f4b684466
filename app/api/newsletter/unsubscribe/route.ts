import { type NextRequest, NextResponse } from "next/server";
import { subscriberFromLink, unsubscribe } from "@/lib/data/newsletter";
import { env } from "@/lib/env";
import { defaultLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { subscriberLinkSchema } from "@/lib/validation/newsletter";

function linkFrom(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  return subscriberLinkSchema.safeParse({ s: searchParams.get("s"), t: searchParams.get("t") });
}

// RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" to the
// List-Unsubscribe URL, without cookies or a page in between.
export async function POST(request: NextRequest) {
  const link = linkFrom(request);
  if (!link.success || !(await unsubscribe(link.data.s, link.data.t))) {
    return new NextResponse("Unknown or invalid unsubscribe link.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new NextResponse("Unsubscribed.\n", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
}

// A GET (someone opening the header's URL, or a mail scanner) never unsubscribes: it opens the
// preferences page, at its unsubscribe button, in the subscriber's language.
export async function GET(request: NextRequest) {
  const link = linkFrom(request);
  const subscriber = link.success ? await subscriberFromLink(link.data.s, link.data.t) : null;
  if (!link.success || !subscriber) {
    return NextResponse.redirect(
      new URL(getPathname({ locale: defaultLocale, href: "/newsletter" }), env().SITE_URL),
      303,
    );
  }
  const target = new URL(getPathname({ locale: subscriber.locale, href: "/newsletter/preferences" }), env().SITE_URL);
  target.search = new URLSearchParams({ s: link.data.s, t: link.data.t, leave: "1" }).toString();
  return NextResponse.redirect(target, 303);
}
