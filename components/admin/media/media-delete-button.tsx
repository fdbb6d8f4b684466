import { ActionButton } from "@/components/forms/action-button";
import type { FormState } from "@/lib/validation/form";

export interface MediaDeleteLabels {
  delete: string;
  question: string;
  confirm: string;
  deleting: string;
  cancel: string;
}

// Deletes a library item in two steps: the first button only asks, the second one deletes.
export function MediaDeleteButton({
  action,
  locale,
  id,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  id: string;
  labels: MediaDeleteLabels;
}) {
  return (
    <ActionButton
      action={action}
      fields={{ locale, id }}
      label={labels.delete}
      pendingLabel={labels.deleting}
      confirm={{ question: labels.question, confirm: labels.confirm, cancel: labels.cancel }}
    />
  );
}
