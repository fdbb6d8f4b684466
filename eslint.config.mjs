import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      // Links and redirects come from lib/i18n/navigation (its header states the convention).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Use Link from @/lib/i18n/navigation with a path without the locale." },
            {
              name: "next/navigation",
              importNames: ["redirect", "permanentRedirect"],
              message: "Use redirect/permanentRedirect({ href, locale }) from @/lib/i18n/navigation.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        ...["[expressions.0.name=/^(locale|l)$/]", "[expressions.0.property.name='locale']"].map((expression) => ({
          selector: `TemplateLiteral[quasis.0.value.raw='/']${expression}`,
          message:
            "Do not build /${locale}/… by hand: use Link (path without the locale) or getPathname({ locale, href }) from @/lib/i18n/navigation.",
        })),
      ],
    },
  },
  // Tests may build the URLs they expect by hand.
  { files: ["tests/**"], rules: { "no-restricted-syntax": "off" } },
]);
