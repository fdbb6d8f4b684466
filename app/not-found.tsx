import NextLink from "next/link";
import "./globals.css";

// Requests outside any locale that the proxy does not redirect (e.g. /missing.txt).
export default function GlobalNotFound() {
  return (
    <html lang="pl">
      <body className="grid min-h-screen place-items-center p-6 font-sans">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-semibold">Nie znaleziono strony</h1>
          <p lang="en" className="mt-2 text-slate-600">
            Page not found
          </p>
          <p className="mt-6">
            <NextLink className="text-sky-800 underline" href="/">
              OKIP
            </NextLink>
          </p>
        </main>
      </body>
    </html>
  );
}
