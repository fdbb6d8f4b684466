import { z } from "zod";

// The hidden fields that name a stored record in a form: its id, the version the form was loaded
// from, and for a restore the revision to bring back.
export const idSchema = z.string().min(1).max(40);
export const versionSchema = z.coerce.number().int().min(1);

export const recordSchema = z.object({ id: idSchema });
export const versionedRecordSchema = z.object({ id: idSchema, version: versionSchema });
export const restoreSchema = z.object({ id: idSchema, revision: versionSchema, version: versionSchema });

// A form that sends nothing but its locale (a "New issue" button).
export const noFieldsSchema = z.object({});
