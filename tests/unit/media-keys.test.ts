import { describe, expect, it } from "vitest";
import {
  displayFileName,
  isSafeMediaKey,
  mediaTypeOfKey,
  newMediaStem,
  safeFileStem,
  variantKey,
} from "@/lib/media/keys";
import { parseVariants } from "@/lib/media/variants";

describe("isSafeMediaKey", () => {
  it.each(["seed/okip-agreement-2015.jpg", "2026/11/3f9c2a7b1d4e5f60-report.pdf", "a.png", "x/y/z-320w.webp"])(
    "accepts %s",
    (key) => expect(isSafeMediaKey(key)).toBe(true),
  );

  it.each([
    ["parent", "../secret.jpg"],
    ["parent inside", "seed/../../secret.jpg"],
    ["current", "./a.jpg"],
    ["absolute", "/etc/passwd.jpg"],
    ["backslashes", "..\\..\\secret.jpg"],
    ["encoded dots", "%2e%2e/secret.jpg"],
    ["empty segment", "seed//a.jpg"],
    ["trailing slash", "seed/"],
    ["hidden file", "seed/.a.jpg"],
    ["NUL", "a.jpg\0.png"],
    ["upper case", "Seed/A.JPG"],
    ["SVG", "seed/logo.svg"],
    ["HTML", "seed/page.html"],
    ["temporary", "seed/a.jpg.0a1b.tmp"],
    ["no extension", "seed/a"],
    ["empty", ""],
    ["too long", `${"a".repeat(300)}.jpg`],
  ])("refuses %s", (_, key) => expect(isSafeMediaKey(key)).toBe(false));
});

describe("mediaTypeOfKey", () => {
  it("serves the four types by extension only", () => {
    expect(mediaTypeOfKey("a/b.jpg")).toBe("image/jpeg");
    expect(mediaTypeOfKey("a/b.png")).toBe("image/png");
    expect(mediaTypeOfKey("a/b.webp")).toBe("image/webp");
    expect(mediaTypeOfKey("a/b.pdf")).toBe("application/pdf");
    for (const key of ["a/b.svg", "a/b.jpeg", "a/b.html", "a/b", "a/b.constructor", "a/b.__proto__"]) {
      expect(mediaTypeOfKey(key)).toBeNull();
    }
  });
});

describe("file names", () => {
  it("turns any name into a short slug", () => {
    expect(safeFileStem("Zdjęcie z Łodzi (final).JPG")).toBe("zdjecie-z-lodzi-final");
    expect(safeFileStem("C:\\Users\\anna\\Договор.pdf")).toBe("dogovor");
    expect(safeFileStem("../../.htaccess")).toBe("file");
    expect(safeFileStem("★★★.png")).toBe("file");
    expect(safeFileStem(`${"long-".repeat(40)}.jpg`).length).toBeLessThanOrEqual(60);
  });

  it("makes fresh keys by month, random and never colliding", () => {
    const stem = newMediaStem("Raport roczny.pdf", new Date("2026-11-05T10:00:00Z"));
    expect(stem).toMatch(/^2026\/11\/[0-9a-f]{16}-raport-roczny$/);
    expect(isSafeMediaKey(`${stem}.pdf`)).toBe(true);
    expect(newMediaStem("a.jpg")).not.toBe(newMediaStem("a.jpg"));
    expect(isSafeMediaKey(variantKey(stem, 640))).toBe(true);
    expect(variantKey("seed/cover", 640)).toBe("seed/cover-640w.webp");
  });

  it("shows the uploaded name with the detected extension", () => {
    expect(displayFileName("Umowa 2015.PDF", "pdf")).toBe("Umowa 2015.pdf");
    expect(displayFileName("screenshot.pdf", "png")).toBe("screenshot.png");
    expect(displayFileName("C:\\fakepath\\zdjęcie\u202e.jpg", "jpg")).toBe("zdjęcie.jpg");
    expect(displayFileName("", "webp")).toBe("file.webp");
  });
});

describe("parseVariants", () => {
  it("reads stored variants narrowest first and skips malformed entries", () => {
    const stored = [
      { width: 640, height: 336, path: "a-640w.webp", mimeType: "image/webp" },
      { width: 320, height: 168, path: "a-320w.webp", mimeType: "image/webp", extra: true },
      { width: "960", height: 504, path: "a-960w.webp", mimeType: "image/webp" },
      null,
      "a-1280w.webp",
    ];
    expect(parseVariants(stored)).toEqual([
      { width: 320, height: 168, path: "a-320w.webp", mimeType: "image/webp" },
      { width: 640, height: 336, path: "a-640w.webp", mimeType: "image/webp" },
    ]);
    expect(parseVariants(null)).toEqual([]);
    expect(parseVariants({})).toEqual([]);
  });
});
