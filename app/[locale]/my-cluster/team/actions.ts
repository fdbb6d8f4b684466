"use server";

import { formAction, rejected } from "@/lib/actions/form-action";
import { INVITES_PER_CLUSTER_PER_DAY, INVITES_PER_MEMBER_PER_DAY, inviteColleague } from "@/lib/data/member/team";
import { inviteUserSchema } from "@/lib/validation/users";

// Invites a co-editor of a cluster: its own members may, and editors for any cluster (the data
// layer decides which cluster the viewer may touch).
export const inviteCoEditorAction = formAction({
  guard: "signedIn",
  schema: inviteUserSchema,
  input: (formData) => ({
    email: formData.get("email"),
    name: formData.get("name"),
    role: "MEMBER",
    clusterId: formData.get("clusterId"),
    locale: formData.get("userLocale"),
  }),
  messages: { invalid: "MyCluster.team.notInvited" },
  run: async ({ viewer, input: { email, name, locale, clusterId }, t }) => {
    if (!clusterId) return { ok: false, error: "refused" };
    const result = await inviteColleague(viewer, clusterId, { email, name, locale });
    if (!result.ok && result.error === "tooMany") {
      return rejected(
        t("MyCluster.team.tooMany", { perMember: INVITES_PER_MEMBER_PER_DAY, perCluster: INVITES_PER_CLUSTER_PER_DAY }),
        {},
      );
    }
    if (!result.ok) return { ok: false, error: "notFound" };
    return {
      ok: true,
      revalidate: ["/my-cluster/team", `/admin/clusters/${clusterId}/team`],
      message: t("MyCluster.team.invited", { email }),
    };
  },
});
