"use client";

import { useEffect, useState } from "react";
import { type AgreementEditorParty } from "@/lib/data/admin/agreements/queries";
import { Field, inputClass, TextField } from "@/components/forms/field";
import { byLocale, locales } from "@/lib/i18n/locales";
import type { AgreementEditorLabels } from "./agreement-labels";

interface Row {
  key: string;
  /** The row's index in the form the server answered about (its errors), or -1 for a row added since. */
  origin: number;
  value: AgreementEditorParty;
}

const emptyRoles = () => byLocale(() => "");
const buttonClass =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-40";

// The signing parties as an ordered list of rows (cluster, signatory, role in each language), added,
// removed and reordered with plain buttons. Fields are named party.<position>.<field>, so the order
// the editor sees is the order submitted. The initial rows are read once: remount it to start over.
export function AgreementPartiesEditor({
  initial,
  clusters,
  errors,
  labels,
}: {
  initial: AgreementEditorParty[];
  clusters: { id: string; name: string }[];
  errors: Record<string, string>;
  labels: AgreementEditorLabels;
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((value, origin) => ({ key: String(origin), origin, value })),
  );
  const [added, setAdded] = useState(0);
  // An object, so that asking for the same element twice focuses it again.
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const update = (key: string, change: Partial<AgreementEditorParty>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, value: { ...row.value, ...change } } : row)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const row = rows[index];
    if (!row || target < 0 || target >= rows.length) return;
    const list = rows.filter((_, i) => i !== index);
    list.splice(target, 0, row);
    setRows(list);
    // Keep focus on the button pressed; at either end it is disabled, so take the other one.
    const atEnd = by === -1 ? target === 0 : target === rows.length - 1;
    const button = by === -1 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
    setFocus({ id: `party-${row.key}-${button}` });
  };
  const add = () => {
    const key = `new-${added}`;
    setAdded(added + 1);
    setRows((list) => [...list, { key, origin: -1, value: { clusterId: "", signatoryName: "", roles: emptyRoles() } }]);
    setFocus({ id: `field-party-${key}-cluster` });
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    setRows((list) => list.filter((_, i) => i !== index));
    setFocus({ id: neighbour ? `party-${neighbour.key}-remove` : "party-add" });
  };
  const taken = (key: string) => new Set(rows.filter((r) => r.key !== key).map((r) => r.value.clusterId));

  return (
    <section aria-labelledby="parties-heading" className="space-y-3">
      <div>
        <h2 id="parties-heading" className="text-lg font-semibold text-slate-900">
          {labels.parties}
        </h2>
        <p className="text-sm text-slate-600">{labels.partiesHint}</p>
      </div>
      {rows.length === 0 && <p className="text-sm text-slate-700">{labels.noParties}</p>}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const name = (field: string) => `party.${index}.${field}`;
          const error = (field: string) => (row.origin < 0 ? undefined : errors[`parties.${row.origin}.${field}`]);
          const others = taken(row.key);
          return (
            <li key={row.key}>
              <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
                <legend className="px-1 text-sm font-semibold text-slate-900">
                  {index + 1}. {labels.party}
                </legend>
                <div className="grid gap-3 md:grid-cols-2">
                  <Field name={`party-${row.key}-cluster`} label={labels.cluster} error={error("clusterId")}>
                    {(wiring) => (
                      <select
                        name={name("clusterId")}
                        defaultValue={row.value.clusterId}
                        onChange={(event) => update(row.key, { clusterId: event.target.value })}
                        className={inputClass}
                        {...wiring}
                      >
                        <option value="">{labels.chooseCluster}</option>
                        {clusters.map((cluster) => (
                          // A cluster signs once: the ones chosen in other rows are not offered again.
                          // (Never the row's own choice: a disabled selected option would not be submitted.)
                          <option
                            key={cluster.id}
                            value={cluster.id}
                            disabled={others.has(cluster.id) && cluster.id !== row.value.clusterId}
                          >
                            {cluster.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <TextField
                    name={name("signatoryName")}
                    label={labels.signatoryName}
                    defaultValue={row.value.signatoryName}
                    error={error("signatoryName")}
                  />
                </div>
                <fieldset className="mt-3">
                  <legend className="text-sm font-medium text-slate-800">{labels.roles}</legend>
                  <div className="mt-1 grid gap-3 sm:grid-cols-2 xl:grid-cols-5">
                    {locales.map((l) => (
                      <TextField
                        key={l}
                        name={name(`role.${l}`)}
                        label={labels.signatoryRole[l]}
                        defaultValue={row.value.roles[l]}
                        error={error(`roles.${l}`)}
                        lang={l}
                      />
                    ))}
                  </div>
                </fieldset>
                <div className="mt-3 flex flex-wrap gap-2">
                  <button
                    type="button"
                    id={`party-${row.key}-up`}
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    className={buttonClass}
                  >
                    <span aria-hidden="true">↑</span> {labels.moveUp}
                  </button>
                  <button
                    type="button"
                    id={`party-${row.key}-down`}
                    onClick={() => move(index, 1)}
                    disabled={index === rows.length - 1}
                    className={buttonClass}
                  >
                    <span aria-hidden="true">↓</span> {labels.moveDown}
                  </button>
                  <button
                    type="button"
                    id={`party-${row.key}-remove`}
                    onClick={() => remove(index)}
                    className={`${buttonClass} text-red-800`}
                  >
                    {labels.removeParty}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id="party-add" onClick={add} className={buttonClass}>
        <span aria-hidden="true">+</span> {labels.addParty}
      </button>
    </section>
  );
}
