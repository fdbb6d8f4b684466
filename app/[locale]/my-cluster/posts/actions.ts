"use server";

import { formAction } from "@/lib/actions/form-action";
import { proposePost } from "@/lib/data/member/proposals";
import { proposalSchema } from "@/lib/validation/proposals";

// Sends a member's news proposal to the editors as a draft linked to the member's cluster.
export const proposePostAction = formAction({
  guard: "member",
  schema: proposalSchema,
  input: (formData) => ({
    language: formData.get("language"),
    title: formData.get("title") ?? "",
    excerpt: formData.get("excerpt") ?? "",
    body: formData.get("body") ?? "",
  }),
  messages: { invalid: "MyCluster.posts.notSent" },
  run: async ({ viewer, input, t }) => {
    await proposePost(viewer, input);
    return { ok: true, revalidate: ["/my-cluster/posts"], message: t("MyCluster.posts.sent") };
  },
});
