import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "../env";
import { isSafeMediaKey } from "./keys";

// Files of the media library live under MEDIA_DIR, addressed by relative keys (see keys.ts).

export interface OpenedMediaFile {
  size: number;
  stream: ReadableStream<Uint8Array>;
}

// Absolute path of the media directory.
export function mediaRoot(): string {
  return path.resolve(env().MEDIA_DIR);
}

// Absolute path of a stored file, or null when the key is malformed or would leave the media directory.
export function mediaFilePath(key: string): string | null {
  if (!isSafeMediaKey(key)) return null;
  const root = mediaRoot();
  const file = path.resolve(root, key);
  // isSafeMediaKey already rules out "..": this is the second lock on the same door.
  return file.startsWith(root + path.sep) ? file : null;
}

function requireFilePath(key: string): string {
  const file = mediaFilePath(key);
  if (!file) throw new Error(`Refusing unsafe media key ${JSON.stringify(key)}`);
  return file;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

// Writes a file under its key, creating folders; readers never see a half-written file.
export async function writeMediaFile(key: string, bytes: Uint8Array): Promise<void> {
  const file = requireFilePath(key);
  await mkdir(path.dirname(file), { recursive: true });
  // The temporary name ends in .tmp, which is no servable key.
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeBytes(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// The bytes of a stored file, or null when there is none under that key (or the key is unsafe).
export async function readMediaFile(key: string): Promise<Buffer | null> {
  const file = mediaFilePath(key);
  if (!file) return null;
  try {
    return await readFile(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

// A stored file opened for streaming, with its size, or null when there is none (or the key is unsafe).
export async function openMediaFile(key: string): Promise<OpenedMediaFile | null> {
  const file = mediaFilePath(key);
  if (!file) return null;
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    return null;
  }
  // The read stream closes the handle when it ends or is cancelled.
  const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  return { size: info.size, stream };
}

// True when a file is stored under the key.
export async function mediaFileExists(key: string): Promise<boolean> {
  const file = mediaFilePath(key);
  if (!file) return false;
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

// Removes stored files; keys with no file are ignored, unsafe keys throw.
export async function deleteMediaFiles(keys: readonly string[]): Promise<void> {
  for (const key of keys) await rm(requireFilePath(key), { force: true });
}
