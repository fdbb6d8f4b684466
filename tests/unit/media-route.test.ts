import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/media/[...path]/route";
import { saveUpload } from "@/lib/media/process";
import { writeMediaFile } from "@/lib/media/storage";
import { jpeg, pdf } from "../support/media-fixtures";

// The route handler called directly, over a temporary MEDIA_DIR (set before env() is first read).
let root: string;
beforeAll(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), "okip-media-route-")), "media");
  vi.stubEnv("MEDIA_DIR", root);
  await mkdir(root, { recursive: true });
  await writeFile(path.join(path.dirname(root), "secret.jpg"), "outside MEDIA_DIR");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(path.dirname(root), { recursive: true, force: true });
});

function get(key: string, segments = key.split("/")): Promise<Response> {
  return GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ path: segments }) });
}

describe("GET /media/[...path]", () => {
  it("streams a stored image with its type, a year of caching and a sandboxing policy", async () => {
    const row = await saveUpload(await jpeg(700, 350), "cover.jpg");
    if ("error" in row) throw new Error(row.error);
    const response = await get(row.path);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(body.length).toBe(row.size);

    const variant = await get(row.variants[0]!.path);
    expect(variant.headers.get("content-type")).toBe("image/webp");
    expect(
      Buffer.from(await variant.arrayBuffer())
        .subarray(8, 12)
        .toString("latin1"),
    ).toBe("WEBP");
  });

  it("serves a PDF without the sandbox, which would blank it in Chrome and Safari", async () => {
    const bytes = pdf();
    await writeMediaFile("docs/agreement.pdf", bytes);
    const response = await get("docs/agreement.pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).not.toContain("sandbox");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers 404 for a missing file, a folder and a key that is not a file", async () => {
    await writeMediaFile("present/a.png", Buffer.from("png"));
    for (const key of ["missing/a.jpg", "present", "present/a.png/b.png"]) {
      const response = await get(key);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBeNull();
    }
  });

  it("answers 404 for types it does not serve, even when the file exists", async () => {
    await writeFile(path.join(root, "page.html"), "<script>alert(1)</script>");
    await writeFile(path.join(root, "logo.svg"), "<svg/>");
    await writeFile(path.join(root, "a.jpg.0a1b2c.tmp"), "half-written");
    for (const key of ["page.html", "logo.svg", "a.jpg.0a1b2c.tmp"]) expect((await get(key)).status).toBe(404);
  });

  it("answers 404 for keys that would leave MEDIA_DIR", async () => {
    for (const segments of [
      ["..", "secret.jpg"],
      ["present", "..", "..", "secret.jpg"],
      ["%2e%2e", "secret.jpg"],
      ["..%2fsecret.jpg"],
    ]) {
      expect((await get(segments.join("/"), segments)).status).toBe(404);
    }
    expect((await get("", [path.join(path.dirname(root), "secret.jpg")])).status).toBe(404);
  });
});
