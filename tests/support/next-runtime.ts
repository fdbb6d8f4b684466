import { beforeEach, vi } from "vitest";
import { effects, pageExpiries } from "./next-request";

// Next's request runtime as integration tests see it (a setup file of the integration project, so
// every test file shares it): server actions, pages and route handlers run outside Next against
// the real database, and what they ask of Next is recorded in tests/support/next-request.ts:
// expired tags and revalidated paths, redirects (thrown as Next's redirect signal, with the
// message "redirect <path>"), work scheduled after the response. Only the session cookie is
// simulated (`signInAs`): getViewer still reads the user from the database, so a disabled
// account or a changed password ends the session as it would in production.

vi.mock("@/lib/auth", async () => {
  const { session } = await import("./next-request");
  return {
    auth: async () => (session.user ? { user: session.user, expires: "2100-01-01T00:00:00.000Z" } : null),
    signIn: async () => {
      throw new Error("signIn is not simulated");
    },
    signOut: async () => {
      throw new Error("signOut is not simulated");
    },
    SignInRefused: class SignInRefused extends Error {},
  };
});

// Outside Next, translations come from the message files directly.
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/translator");
  return {
    getTranslations: async ({ locale, namespace }: { locale: "pl"; namespace?: never }) =>
      createTranslator({ locale, messages: await loadMessages(locale), namespace }),
    getFormatter: async ({ locale }: { locale: "pl" }) => createFormatter({ locale }),
    getMessages: async ({ locale }: { locale: "pl" }) => loadMessages(locale),
    setRequestLocale: () => {},
  };
});

vi.mock("next/cache", async () => {
  const { effects, pageExpiries } = await import("./next-request");
  return {
    // Every change also expires the tag all cached pages carry (lib/data/cache.ts); tests check the data tags.
    revalidateTag: (tag: string) => (tag === "pages" ? (pageExpiries.count += 1) : effects.revalidated.push(tag)),
    revalidatePath: (path: string) => effects.revalidated.push(path),
    unstable_cache: (fn: unknown) => fn,
  };
});

vi.mock("next/navigation", async (original) => {
  const { effects } = await import("./next-request");
  // Next's own redirect signal (its digest), so that code passing Next's signals through
  // (unstable_rethrow) treats it as the real one; the message names the target for the tests.
  const redirect = (to: string) => {
    effects.redirected.push(to);
    throw Object.assign(new Error(`redirect ${to}`), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  };
  return {
    ...(await original<typeof import("next/navigation")>()),
    redirect,
    permanentRedirect: redirect,
    notFound: () => {
      throw new Error("notFound");
    },
  };
});

vi.mock("next/headers", async () => {
  const { effects, request } = await import("./next-request");
  return {
    headers: async () => new Headers({ "x-forwarded-for": request.ip }),
    draftMode: async () => ({ enable: () => effects.redirected.push("draft-enabled"), disable: () => {} }),
  };
});

vi.mock("next/server", async (original) => {
  const { request } = await import("./next-request");
  return {
    ...(await original<typeof import("next/server")>()),
    after: (task: () => Promise<unknown>) => request.after.push(task()),
  };
});

beforeEach(() => {
  effects.revalidated.length = 0;
  effects.redirected.length = 0;
  pageExpiries.count = 0;
});
