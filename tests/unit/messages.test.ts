import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales, type AppLocale } from "../../lib/i18n/locales";

// Every locale's UI messages must mirror en.json: same key paths, valid ICU, same arguments.

const messagesDir = path.resolve(import.meta.dirname, "../../messages");

function loadMessages(locale: string): unknown {
  return JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")) as unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Flattens nested messages into `Namespace.key` paths; any non-object is a leaf. */
function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

type AstElement = ReturnType<IntlMessageFormat["getAst"]>[number];
type ArgKind = "number" | "date" | "tag" | "string";

// Element types of @formatjs/icu-messageformat-parser (its TYPE enum).
const T = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 };

interface PluralUse {
  name: string;
  pluralType: "cardinal" | "ordinal";
  keys: string[];
}

function walk(elements: readonly AstElement[], args: Map<string, ArgKind>, plurals: PluralUse[]): void {
  for (const el of elements) {
    const type: number = el.type;
    if (type === T.literal || type === T.pound) continue;
    if (!("value" in el)) continue;
    const name = el.value;
    if (type === T.number || type === T.plural) args.set(name, "number");
    else if (type === T.date || type === T.time) args.set(name, "date");
    else if (type === T.tag) args.set(name, "tag");
    else if (!args.has(name)) args.set(name, "string");

    if ("options" in el) {
      if (type === T.plural) {
        const pluralType = "pluralType" in el && el.pluralType === "ordinal" ? "ordinal" : "cardinal";
        plurals.push({ name, pluralType, keys: Object.keys(el.options) });
      }
      for (const option of Object.values(el.options)) walk(option.value, args, plurals);
    }
    if ("children" in el) walk(el.children, args, plurals);
  }
}

interface Analysis {
  args: Map<string, ArgKind>;
  plurals: PluralUse[];
}

function analyse(message: string, locale: string): Analysis {
  const ast = new IntlMessageFormat(message, locale).getAst();
  const args = new Map<string, ArgKind>();
  const plurals: PluralUse[] = [];
  walk(ast, args, plurals);
  return { args, plurals };
}

function dummyValue(kind: ArgKind, n: number): string | number | Date | ((chunks: unknown[]) => string) {
  switch (kind) {
    case "number":
      return n;
    case "date":
      return new Date(Date.UTC(2024, 4, 15));
    case "tag":
      return (chunks) => chunks.join("");
    case "string":
      return "Example";
  }
}

// Enough numbers to hit every CLDR category in pl/en/de/fr/ru (incl. fr "many", ru "few"/"many", fractions).
const sampleNumbers = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 1_000_000];

const en = flatten(loadMessages("en"));

function stringEntries(messages: Map<string, unknown>): [string, string][] {
  return [...messages].filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

describe.each([...locales])("messages/%s.json", (locale: AppLocale) => {
  const messages = flatten(loadMessages(locale));

  it("has exactly the key paths of en.json", () => {
    const missing = [...en.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !en.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("has a non-empty string for every key", () => {
    const invalid = [...messages]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key]) => key);
    expect(invalid).toEqual([]);
  });

  it("parses every message as ICU with the same arguments as en", () => {
    const problems: string[] = [];
    for (const [key, message] of stringEntries(messages)) {
      const reference = en.get(key);
      let own: Analysis;
      try {
        own = analyse(message, locale);
      } catch (error) {
        problems.push(`${key}: does not parse (${String(error)})`);
        continue;
      }
      if (typeof reference !== "string") continue;
      const ref = analyse(reference, "en");
      const ownArgs = [...own.args].map(([name, kind]) => `${name}:${kind}`).sort();
      const refArgs = [...ref.args].map(([name, kind]) => `${name}:${kind}`).sort();
      if (ownArgs.join(",") !== refArgs.join(",")) {
        problems.push(`${key}: arguments [${ownArgs.join(", ")}], en has [${refArgs.join(", ")}]`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("uses only this locale's plural categories, always with `other`", () => {
    const problems: string[] = [];
    for (const [key, message] of stringEntries(messages)) {
      let plurals: PluralUse[];
      try {
        plurals = analyse(message, locale).plurals;
      } catch {
        continue; // reported by the parsing test
      }
      for (const plural of plurals) {
        const allowed = new Intl.PluralRules(locale, { type: plural.pluralType }).resolvedOptions()
          .pluralCategories as readonly string[];
        const invalid = plural.keys.filter((k) => !/^=\d+$/.test(k) && !allowed.includes(k));
        if (invalid.length > 0) {
          problems.push(`${key} {${plural.name}}: ${invalid.join(", ")} not in [${allowed.join(", ")}]`);
        }
        if (!plural.keys.includes("other")) problems.push(`${key} {${plural.name}}: no "other" branch`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("formats every message with dummy values", () => {
    const problems: string[] = [];
    for (const [key, message] of stringEntries(messages)) {
      let format: IntlMessageFormat;
      let args: Map<string, ArgKind>;
      try {
        format = new IntlMessageFormat(message, locale);
        args = analyse(message, locale).args;
      } catch {
        continue; // reported by the parsing test
      }
      const numbers = [...args.values()].includes("number") ? sampleNumbers : [3];
      for (const n of numbers) {
        const values = Object.fromEntries([...args].map(([name, kind]) => [name, dummyValue(kind, n)]));
        try {
          const output = format.format(values);
          const text = Array.isArray(output) ? output.join("") : String(output);
          if (text.trim() === "") problems.push(`${key} (n=${n}): empty output`);
        } catch (error) {
          problems.push(`${key} (n=${n}): ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
