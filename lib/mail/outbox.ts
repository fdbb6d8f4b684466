import "server-only";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { env } from "@/lib/env";

export type OutboxEntry = { file: string; to: string; subject: string; date: string; size: number };

export type OutboxMessage = {
  to: string;
  subject: string;
  date: string;
  text: string;
  // The message's own HTML: show it in a sandboxed iframe, never inline in an admin page.
  html: string;
};

// A plain file name: no directory part, no leading dot, so nothing outside the outbox can be named.
const emlName = /^[A-Za-z0-9][A-Za-z0-9._-]*\.eml$/;

// Lists the newest messages of the outbox (written when SMTP_URL is unset), newest first.
export async function listOutbox(limit = 50, dir = env().OUTBOX_DIR): Promise<OutboxEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  // File names start with an ISO timestamp, so sorting them sorts by time.
  const newest = names
    .filter((name) => emlName.test(name))
    .sort()
    .reverse()
    .slice(0, Math.max(0, limit));
  const entries = await Promise.all(newest.map((file) => readEntry(dir, file)));
  return entries.filter((entry) => entry !== null);
}

// Reads one outbox message by file name; null for a name that is not a plain *.eml basename or a missing file.
export async function readOutboxMessage(file: string, dir = env().OUTBOX_DIR): Promise<OutboxMessage | null> {
  if (!emlName.test(file)) return null;
  const raw = await readIfPresent(path.join(dir, file));
  if (!raw) return null;
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  return {
    to: addressText(mail.to),
    subject: mail.subject ?? "",
    date: (mail.date ?? new Date(0)).toISOString(),
    text: mail.text ?? "",
    html: mail.html || "",
  };
}

async function readEntry(dir: string, file: string): Promise<OutboxEntry | null> {
  const filePath = path.join(dir, file);
  const raw = await readIfPresent(filePath);
  if (!raw) return null;
  // The list needs headers only; the body is not decoded.
  const mail = await simpleParser(headerBlock(raw));
  const { size, mtime } = await stat(filePath);
  return {
    file,
    to: addressText(mail.to),
    subject: mail.subject ?? "",
    date: (mail.date ?? mtime).toISOString(),
    size,
  };
}

function headerBlock(raw: Buffer): Buffer {
  const text = raw.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? raw : raw.subarray(0, end);
}

async function readIfPresent(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    // A file removed between readdir and read is simply gone.
    if (isMissing(error)) return null;
    throw error;
  }
}

function addressText(address: AddressObject | AddressObject[] | undefined): string {
  if (!address) return "";
  return (Array.isArray(address) ? address : [address]).map((a) => a.text).join(", ");
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
