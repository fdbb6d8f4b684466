"use client";

import { useTranslations } from "next-intl";
import { NotFoundContent } from "@/components/layout/not-found-content";

// The translated 404 boundary for navigations inside the app (status 404). A client component:
// Next renders not-found boundaries independently of the layout, before the server locale is
// known, so it takes locale and messages from the layout's provider. Full page loads get the same
// content server-rendered: scripts/server.ts answers every HTML 404 with app/[locale]/(public)/-/not-found.
export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <NotFoundContent labels={{ title: t("title"), description: t("description"), home: t("home"), news: t("news") }} />
  );
}
