import { createTranslator } from "next-intl";
import type { AppLocale } from "./i18n/locales";
import { escapeHtml } from "./mail/layout";
import de from "../messages/de.json";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import pl from "../messages/pl.json";
import ru from "../messages/ru.json";

// The 503 answer of a page that cannot be built without the database during an outage: a small,
// complete HTML page in the visitor's language (no scripts, readable as it is), never cached.
export const RETRY_AFTER_SECONDS = 30;

const messages = { pl, en, de, fr, ru };

export function unavailableResponse(locale: AppLocale, paths: { here: string; home: string; news: string }): Response {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Unavailable" });
  const site = createTranslator({ locale, messages: messages[locale], namespace: "Site" });
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("title"))} | ${escapeHtml(site("name"))}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:4rem 1.25rem}
h1{font-size:1.75rem;margin:0 0 1rem}
p{margin:0 0 1.5rem;color:#334155}
ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.75rem}
a{display:inline-block;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #0b5f8a;color:#0b5f8a;text-decoration:none}
a:hover,a:focus{background:#0b5f8a;color:#fff}
</style>
</head>
<body>
<main>
<p>${escapeHtml(site("name"))}</p>
<h1>${escapeHtml(t("title"))}</h1>
<p>${escapeHtml(t("description"))}</p>
<ul>
<li>${link(paths.here, t("retry"))}</li>
<li>${link(paths.home, t("home"))}</li>
<li>${link(paths.news, t("news"))}</li>
</ul>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
    },
  });
}
