import type { Metadata } from "next";
import { fontVariables } from "@/lib/fonts";
import "./globals.css";

export const metadata: Metadata = { title: "404 – OKIP", robots: { index: false } };

// URLs that match no route at all (e.g. /missing.txt). Localized 404s come from
// app/[locale]/not-found.tsx inside the site's layout.
export default function GlobalNotFound() {
  return (
    <html lang="pl" className={fontVariables}>
      <body className="grid min-h-screen place-items-center p-6 font-sans">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">Nie znaleziono strony</h1>
          <p lang="en" className="mt-2 text-slate-600">
            Page not found
          </p>
          <p className="mt-6">
            {/* A plain link: this page lives outside the app's layouts. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a className="text-sky-800 underline" href="/">
              OKIP
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
