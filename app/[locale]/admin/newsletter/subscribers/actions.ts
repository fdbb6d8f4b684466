"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { eraseSubscriber } from "@/lib/data/admin/newsletter/subscribers";
import { formLocale } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/form";
import { subscriberQuerySchema, subscribersHref } from "./query";

// Erases a subscriber and their delivery history for good (administrators only), back to the same list page.
export async function eraseSubscriberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (viewer?.role !== "ADMIN") {
    const t = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: t("forbiddenAction") };
  }
  const id = z.string().min(1).max(40).safeParse(formData.get("id"));
  if (!id.success || !(await eraseSubscriber(viewer, id.data))) {
    const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
    return { status: "error", message: t("subscriberList.notErased") };
  }
  revalidatePath(`/${locale}/admin/newsletter`, "layout");
  const query = subscriberQuerySchema.parse({
    q: formData.get("q") ?? undefined,
    status: formData.get("status") ?? undefined,
    page: formData.get("page") ?? undefined,
  });
  redirect(subscribersHref(locale, query, query.page, { erased: "1" }));
}
