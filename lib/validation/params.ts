import { z } from "zod";
import { Region } from "@/lib/generated/prisma/enums";
import { sectorKeys } from "@/lib/sectors";

// Query-string parameters of public pages. Anything invalid is a 404, never a 500.
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const pageParamSchema = z.preprocess(
  single,
  z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional(),
);

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

export const newsQuerySchema = z.object({
  page: pageParamSchema,
  tag: z.preprocess(single, slugSchema.optional()),
});

export const clusterQuerySchema = z.object({
  region: z.preprocess((v) => single(v) || undefined, z.enum(Region).optional()),
  sector: z.preprocess((v) => single(v) || undefined, z.enum(sectorKeys).optional()),
  q: z.preprocess(
    (v) => (typeof single(v) === "string" ? (single(v) as string).trim() || undefined : undefined),
    // No control characters (PostgreSQL rejects NUL in text).
    z
      .string()
      .max(100)
      .regex(/^\P{Cc}*$/u)
      .optional(),
  ),
});

export type NewsQuery = z.infer<typeof newsQuerySchema>;
export type ClusterQuery = z.infer<typeof clusterQuerySchema>;
