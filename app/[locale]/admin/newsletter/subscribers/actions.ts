"use server";

import { formAction, rejected } from "@/lib/actions/form-action";
import { eraseSubscriber } from "@/lib/data/admin/newsletter/subscribers";
import { eraseSubscriberSchema } from "@/lib/validation/newsletter";
import { subscribersHref } from "./query";

// Erases a subscriber and their delivery history for good (administrators only), back to the same list page.
export const eraseSubscriberAction = formAction({
  guard: "admin",
  schema: eraseSubscriberSchema,
  messages: { invalid: "AdminNewsletter.subscriberList.notErased" },
  run: async ({ viewer, input: { id, ...query }, t }) => {
    if (!(await eraseSubscriber(viewer, id))) return rejected(t("AdminNewsletter.subscriberList.notErased"));
    return {
      ok: true,
      revalidate: ["/admin/newsletter"],
      redirect: subscribersHref(query, query.page, { erased: "1" }),
    };
  },
});
