"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { languageOptions } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";
import type { InviteUserLabels } from "./invite-user";

// Invites a user: e-mail, name, role, cluster (members), language of the invitation. Without
// `clusters` it invites a co-editor of one cluster (the action knows which): no role or cluster.
export function InviteUserForm({
  action,
  locale,
  clusters,
  hidden = {},
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  clusters?: { id: string; name: string }[];
  hidden?: Record<string, string>;
  labels: InviteUserLabels;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.errors ?? {};
  return (
    // The key resets the fields after a successful invitation.
    <form key={state.status === "ok" ? state.message : "form"} action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="email"
          type="email"
          label={labels.email}
          defaultValue={v.email}
          error={e.email}
          autoComplete="off"
        />
        <TextField name="name" label={labels.name} defaultValue={v.name} error={e.name} autoComplete="off" />
        {clusters && (
          <>
            <SelectField
              name="role"
              label={labels.role}
              error={e.role}
              defaultValue={v.role ?? "EDITOR"}
              options={(["EDITOR", "ADMIN", "MEMBER"] as const).map((role) => ({
                value: role,
                label: labels.roles[role],
              }))}
            />
            <SelectField
              name="clusterId"
              label={labels.cluster}
              hint={labels.clusterHint}
              error={e.clusterId}
              defaultValue={v.clusterId ?? ""}
              none="—"
              options={clusters.map((c) => ({ value: c.id, label: c.name }))}
            />
          </>
        )}
        <SelectField
          name="userLocale"
          label={labels.language}
          error={e.locale}
          defaultValue={v.userLocale ?? locale}
          options={languageOptions}
        />
      </div>
      <SubmitButton label={labels.invite} pendingLabel={labels.inviting} />
    </form>
  );
}
