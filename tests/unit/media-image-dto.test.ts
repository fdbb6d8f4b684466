import { describe, expect, it } from "vitest";
import { toImage } from "@/lib/data/media";

const translations = [{ locale: "pl", alt: "Okładka" }];
const variant = (width: number) => ({
  width,
  height: Math.round(width / 2),
  path: `2026/11/a-${width}w.webp`,
  mimeType: "image/webp",
});

describe("toImage", () => {
  it("offers the variants and the original in srcset", () => {
    const image = toImage(
      {
        path: "2026/11/a.jpg",
        width: 1200,
        height: 600,
        variants: [variant(640), variant(320), variant(960)],
        translations,
      },
      "pl",
    );
    expect(image).toEqual({
      src: "/media/2026/11/a.jpg",
      srcSet:
        "/media/2026/11/a-320w.webp 320w, /media/2026/11/a-640w.webp 640w, " +
        "/media/2026/11/a-960w.webp 960w, /media/2026/11/a.jpg 1200w",
      width: 1200,
      height: 600,
      alt: "Okładka",
    });
    expect(JSON.parse(JSON.stringify(image))).toStrictEqual(image);
  });

  it("leaves a very large original out: src is the widest variant, with its size", () => {
    const variants = [320, 640, 960, 1280, 1920].map(variant);
    const image = toImage({ path: "2026/11/a.jpg", width: 6000, height: 3000, variants, translations }, "en");
    expect(image?.src).toBe("/media/2026/11/a-1920w.webp");
    expect([image?.width, image?.height]).toEqual([1920, 960]);
    expect(image?.srcSet).not.toContain("a.jpg");
    expect(image?.alt).toBe("Okładka");
  });

  it("has no srcset without variants (a small image, or one stored before variants)", () => {
    const image = toImage({ path: "seed/a.jpg", width: 300, height: 150, variants: [], translations: [] }, "pl");
    expect(image).toEqual({ src: "/media/seed/a.jpg", srcSet: null, width: 300, height: 150, alt: "" });
    expect(toImage({ path: "b.jpg", width: 4000, height: 2000, variants: [], translations }, "pl")?.src).toBe(
      "/media/b.jpg",
    );
    expect(toImage(null, "pl")).toBeNull();
  });
});
