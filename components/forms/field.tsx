import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (wiring: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

// A label, a control and its error or hint, wired for screen readers.
export function Field({ name, label, error, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, ...(error ? { "aria-invalid": true } : {}), "aria-describedby": described })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid]:border-red-600";

// A text-like input inside a Field.
export function TextField({
  name,
  label,
  error,
  hint,
  defaultValue,
  type = "text",
  ...rest
}: Omit<FieldProps, "children"> & { defaultValue?: string; type?: string } & Omit<
    React.InputHTMLAttributes<HTMLInputElement>,
    "name" | "defaultValue" | "type" | "children"
  >) {
  return (
    <Field name={name} label={label} error={error} hint={hint}>
      {(wiring) => (
        <input name={name} type={type} defaultValue={defaultValue} className={inputClass} {...wiring} {...rest} />
      )}
    </Field>
  );
}

// A textarea inside a Field.
export function TextAreaField({
  name,
  label,
  error,
  hint,
  defaultValue,
  rows = 3,
}: Omit<FieldProps, "children"> & { defaultValue?: string; rows?: number }) {
  return (
    <Field name={name} label={label} error={error} hint={hint}>
      {(wiring) => <textarea name={name} defaultValue={defaultValue} rows={rows} className={inputClass} {...wiring} />}
    </Field>
  );
}

// A choice from a list inside a Field; `none` adds an empty first choice ("no cover", "—").
export function SelectField({
  name,
  label,
  error,
  hint,
  defaultValue,
  none,
  options,
  onChange,
}: Omit<FieldProps, "children"> & {
  defaultValue?: string;
  none?: string;
  options: readonly { value: string; label: string; lang?: string }[];
  onChange?: (value: string) => void;
}) {
  return (
    <Field name={name} label={label} error={error} hint={hint}>
      {(wiring) => (
        <select
          name={name}
          defaultValue={defaultValue}
          onChange={onChange && ((event) => onChange(event.target.value))}
          className={inputClass}
          {...wiring}
        >
          {none !== undefined && <option value="">{none}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// The form-level message (success or error), announced to screen readers; `details` lists
// particulars where the form has no field to show them at.
export function FormMessage({
  status,
  message,
  details = [],
}: {
  status: "idle" | "ok" | "error";
  message?: string;
  details?: string[];
}) {
  if (!message && details.length === 0) return null;
  const tone =
    status === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <div role={status === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {message && <p>{message}</p>}
      {details.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
