import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteUpload, MAX_PIXELS, processUpload, type ProcessedUpload, saveUpload } from "@/lib/media/process";
import { deleteMediaFiles, mediaFilePath, readMediaFile, writeMediaFile } from "@/lib/media/storage";
import { jpeg, pdf, png, pngClaiming, webp } from "../support/media-fixtures";

// env() is read lazily and cached per test file, so MEDIA_DIR is set before anything reads it.
let root: string;
beforeAll(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), "okip-media-")), "media");
  vi.stubEnv("MEDIA_DIR", root);
  vi.stubEnv("MEDIA_MAX_BYTES", undefined);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(path.dirname(root), { recursive: true, force: true });
});

async function processed(bytes: Uint8Array, fileName: string): Promise<ProcessedUpload> {
  const result = await processUpload(bytes, fileName);
  if ("error" in result) throw new Error(`refused: ${result.error}`);
  return result;
}

describe("processUpload: what is accepted", () => {
  it("re-encodes a JPEG and makes WebP variants narrower than it", async () => {
    const upload = await processed(await jpeg(1000, 500), "Zdjęcie z konferencji.jpeg");
    expect(upload).toMatchObject({ kind: "IMAGE", mimeType: "image/jpeg", width: 1000, height: 500 });
    expect(upload.fileName).toBe("Zdjęcie z konferencji.jpg");
    expect(upload.path).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{16}-zdjecie-z-konferencji\.jpg$/);
    expect(upload.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 160],
      [640, 320],
      [960, 480],
    ]);
    const stem = upload.path.replace(/\.jpg$/, "");
    expect(upload.variants.map((v) => v.path)).toEqual([320, 640, 960].map((w) => `${stem}-${w}w.webp`));
    expect(upload.files.map((f) => f.path)).toEqual([upload.path, ...upload.variants.map((v) => v.path)]);
    expect(upload.size).toBe(upload.files[0]!.bytes.byteLength);
    for (const [index, variant] of upload.variants.entries()) {
      const meta = await sharp(upload.files[index + 1]!.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", variant.width, variant.height]);
    }
  });

  it("keeps PNG (with transparency) and WebP in their own format", async () => {
    const fromPng = await processed(await png(700, 300), "logo.png");
    expect(fromPng).toMatchObject({ mimeType: "image/png", width: 700, height: 300 });
    expect(fromPng.path).toMatch(/-logo\.png$/);
    expect(fromPng.variants.map((v) => v.width)).toEqual([320, 640]);
    expect((await sharp(fromPng.files[1]!.bytes).metadata()).hasAlpha).toBe(true);

    const fromWebp = await processed(await webp(400, 400), "photo.webp");
    expect(fromWebp).toMatchObject({ mimeType: "image/webp", width: 400, height: 400 });
    expect((await sharp(fromWebp.files[0]!.bytes).metadata()).format).toBe("webp");
  });

  it("keeps a PDF byte for byte, as a document without variants", async () => {
    const bytes = pdf();
    const upload = await processed(bytes, "Porozumienie 2015.PDF");
    expect(upload).toMatchObject({
      kind: "DOCUMENT",
      mimeType: "application/pdf",
      width: null,
      height: null,
      variants: [],
    });
    expect(upload.fileName).toBe("Porozumienie 2015.pdf");
    expect(upload.size).toBe(bytes.byteLength);
    expect(Buffer.from(upload.files[0]!.bytes).equals(bytes)).toBe(true);
  });

  it("believes the bytes, not the name: a PNG called .pdf is stored as a PNG", async () => {
    const upload = await processed(await png(200, 100), "invoice.pdf");
    expect(upload).toMatchObject({ kind: "IMAGE", mimeType: "image/png", fileName: "invoice.png" });
    expect(upload.path).toMatch(/-invoice\.png$/);
  });
});

describe("processUpload: what is refused", () => {
  it.each([
    [
      "an SVG (it can carry scripts)",
      "logo.svg",
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ],
    ["an SVG with an XML prolog", "logo.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'],
    ["HTML named .jpg", "photo.jpg", "<!doctype html><html><script>alert(document.cookie)</script></html>"],
    ["JavaScript named .png", "photo.png", "fetch('/api').then(r => r.text())"],
    ["an empty file", "empty.jpg", ""],
  ])("%s", async (_, fileName, text) => {
    expect(await processUpload(Buffer.from(text), fileName)).toEqual({ error: "unsupportedType" });
  });

  it("refuses types it does not store, even when they are real images", async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } })
      .gif()
      .toBuffer();
    expect(await processUpload(gif, "a.gif")).toEqual({ error: "unsupportedType" });
  });

  it("refuses a file over MEDIA_MAX_BYTES (10 MB by default) before reading it", async () => {
    const bytes = Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await processUpload(bytes, "big.pdf")).toEqual({ error: "tooLarge" });
    expect(await processUpload(await jpeg(64, 64), "a.jpg", { maxBytes: 100 })).toEqual({ error: "tooLarge" });
  });

  it("refuses an image whose header claims more pixels than it may decode", async () => {
    const side = Math.ceil(Math.sqrt(MAX_PIXELS)) + 1;
    expect(await processUpload(pngClaiming(side, side), "bomb.png")).toEqual({ error: "tooLarge" });
  });

  it("refuses a truncated JPEG, PNG and PDF as corrupt", async () => {
    for (const whole of [await jpeg(800, 600), await png(800, 600)]) {
      const cut = whole.subarray(0, Math.floor(whole.length / 2));
      expect(await processUpload(cut, "cut")).toEqual({ error: "corrupt" });
    }
    const document = pdf();
    expect(await processUpload(document.subarray(0, document.length - 20), "cut.pdf")).toEqual({ error: "corrupt" });
  });
});

describe("processUpload: image handling", () => {
  it("applies the EXIF orientation, then strips EXIF and every other metadata", async () => {
    const bytes = await jpeg(800, 400, { orientation: 6 });
    const before = await sharp(bytes).metadata();
    expect([before.orientation, before.exif === undefined]).toEqual([6, false]);

    const upload = await processed(bytes, "rotated.jpg");
    expect([upload.width, upload.height]).toEqual([400, 800]);
    expect(upload.variants).toEqual([expect.objectContaining({ width: 320, height: 640 })]);
    for (const file of upload.files) {
      const meta = await sharp(file.bytes).metadata();
      expect(meta.orientation).toBeUndefined();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
  });

  it("never upscales: no variant as wide as the original", async () => {
    expect((await processed(await jpeg(320, 200), "a.jpg")).variants).toEqual([]);
    expect((await processed(await jpeg(641, 100), "a.jpg")).variants.map((v) => v.width)).toEqual([320, 640]);
    const wide = await processed(await jpeg(2400, 300), "a.jpg");
    expect(wide.variants.map((v) => v.width)).toEqual([320, 640, 960, 1280, 1920]);
    expect(wide.width).toBe(2400);
  });

  it("gives the same bytes for the same input and key (the seed relies on it)", async () => {
    const bytes = await jpeg(700, 350);
    const [first, second] = [
      await processUpload(bytes, "a.jpg", { stem: "seed/a" }),
      await processUpload(bytes, "a.jpg", { stem: "seed/a" }),
    ];
    expect(second).toEqual(first);
    expect(first).toMatchObject({ path: "seed/a.jpg" });
  });
});

describe("storage", () => {
  it("saves an upload with its variants, reads it back and deletes it", async () => {
    const row = await saveUpload(await jpeg(700, 350), "Cover.jpg");
    if ("error" in row) throw new Error(row.error);
    expect(row).not.toHaveProperty("files");
    const keys = [row.path, ...row.variants.map((v) => v.path)];
    for (const key of keys) expect(await readMediaFile(key)).not.toBeNull();
    expect((await sharp((await readMediaFile(row.path))!).metadata()).width).toBe(700);
    // Written through a temporary name: nothing else is left in the folder.
    const folder = path.dirname(mediaFilePath(row.path)!);
    expect((await readdir(folder)).sort()).toEqual(keys.map((k) => path.basename(k)).sort());

    await deleteUpload(row);
    for (const key of keys) expect(await readMediaFile(key)).toBeNull();
    await deleteUpload(row); // already gone: no error
  });

  it("returns the refusal without writing anything", async () => {
    expect(await saveUpload(Buffer.from("<svg/>"), "x.svg")).toEqual({ error: "unsupportedType" });
  });

  it("refuses keys that would leave MEDIA_DIR", async () => {
    const outside = path.join(path.dirname(root), "secret.jpg");
    await writeFile(outside, "secret");
    await writeMediaFile("inside/a.jpg", Buffer.from("a"));
    for (const key of ["../secret.jpg", "inside/../../secret.jpg", "/etc/passwd", `${outside}`, "inside/.."]) {
      expect(mediaFilePath(key)).toBeNull();
      expect(await readMediaFile(key)).toBeNull();
      await expect(writeMediaFile(key, Buffer.from("x"))).rejects.toThrow(/unsafe media key/);
      await expect(deleteMediaFiles([key])).rejects.toThrow(/unsafe media key/);
    }
    expect(await readMediaFile("inside/a.jpg")).toEqual(Buffer.from("a"));
    expect(mediaFilePath("inside/a.jpg")).toBe(path.join(root, "inside", "a.jpg"));
  });
});
