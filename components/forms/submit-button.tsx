"use client";

import { useFormStatus } from "react-dom";

// A submit button that shows it is working and cannot be pressed twice.
export function SubmitButton({
  label,
  pendingLabel,
  name,
  value,
  variant = "primary",
}: {
  label: string;
  pendingLabel: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const tone = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 font-medium disabled:opacity-60 ${tone}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
