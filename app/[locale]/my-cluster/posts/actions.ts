"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import { proposePost } from "@/lib/data/member/proposals";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { proposalSchema } from "@/lib/validation/proposals";

// Sends a member's news proposal to the editors as a draft linked to the member's cluster.
export async function proposePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  if (!isClusterMember(viewer)) {
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("forbiddenAction") };
  }
  const t = await getTranslations({ locale, namespace: "MyCluster.posts" });
  const parsed = proposalSchema.safeParse({
    language: formData.get("language"),
    title: formData.get("title") ?? "",
    excerpt: formData.get("excerpt") ?? "",
    body: formData.get("body") ?? "",
  });
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    return {
      status: "error",
      message: t("notSent"),
      errors: fieldErrors(parsed.error, tv),
      values: submittedValues(formData),
    };
  }
  await proposePost(viewer, parsed.data);
  revalidatePath(`/${locale}/my-cluster/posts`);
  return { status: "ok", message: t("sent") };
}
