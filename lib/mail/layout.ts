import type { AppLocale } from "@/lib/i18n/locales";

export type EmailContent = {
  locale: AppLocale;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
};

export type RenderedEmail = { html: string; text: string };

// Mail clients ignore <style> blocks and web fonts unevenly: every style is inline, fonts are system fonts.
export const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
export const brand = "#0b5f8a";
export const ink = "#1f2933";
export const muted = "#52606d";
const page = "#eef6fb";

// The document every portal e-mail shares: a 600 px white column (table rows given as HTML) on a
// tinted page. `dir` is fixed: every portal locale is written left to right.
export function emailDocument(locale: AppLocale, title: string, rows: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${page};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${page};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">
${rows}
</table>
</td></tr>
</table>
</body>
</html>
`;
}

// Renders translated plain-text content as an accessible 600px table e-mail plus its plain-text alternative.
export function renderEmail({ locale, heading, paragraphs, action, footer }: EmailContent): RenderedEmail {
  const url = action ? safeUrl(action.url) : undefined;
  return {
    html: renderHtml({ locale, heading, paragraphs, action, footer }, url),
    text: renderText(heading, paragraphs, action, url, footer),
  };
}

// Only web links: a javascript:, data: or mailto: action would be a trap in a message from the portal.
function safeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("E-mail action URL must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("E-mail action URL must be http(s)");
  return url.href;
}

function renderHtml({ locale, heading, paragraphs, action, footer }: EmailContent, url: string | undefined): string {
  const body = paragraphs
    .map((p) => `<p style="margin:0 0 16px;${font}font-size:16px;line-height:24px;color:${ink};">${escapeText(p)}</p>`)
    .join("\n");
  const button =
    action && url
      ? `<tr><td style="padding:8px 32px 24px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="border-radius:6px;background-color:${brand};"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 24px;${font}font-size:16px;font-weight:600;line-height:24px;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a></td>
</tr></table>
<p style="margin:16px 0 0;${font}font-size:13px;line-height:20px;color:${muted};word-break:break-all;"><a href="${escapeHtml(url)}" style="color:${brand};">${escapeHtml(url)}</a></p>
</td></tr>`
      : "";
  return emailDocument(
    locale,
    heading,
    `<tr><td style="padding:32px 32px 8px;">
<h1 style="margin:0 0 16px;${font}font-size:24px;line-height:32px;font-weight:700;color:${ink};">${escapeHtml(heading)}</h1>
${body}
</td></tr>
${button}
<tr><td style="padding:16px 32px 32px;border-top:1px solid #d9e2ec;">
<p style="margin:0;${font}font-size:13px;line-height:20px;color:${muted};">${escapeText(footer)}</p>
</td></tr>`,
  );
}

function renderText(
  heading: string,
  paragraphs: string[],
  action: EmailContent["action"],
  url: string | undefined,
  footer: string,
): string {
  const blocks = [heading, ...paragraphs];
  if (action && url) blocks.push(`${action.label}:\n${url}`);
  // "-- " on its own line is the signature separator mail clients recognise.
  blocks.push(`-- \n${footer}`);
  return `${blocks.join("\n\n")}\n`;
}

// Line breaks inside a paragraph are kept as <br>.
function escapeText(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
