import "server-only";
import { assertRole, EDITOR_ROLES, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";
import { slugFromTitle } from "@/lib/slug";
import type { TagForm } from "@/lib/validation/tags";
import { recordAudit } from "../audit/record";

export type SaveTagResult = { ok: true; id: string } | { ok: false; error: "slugTaken" | "notFound" };

// Creates or renames a tag; empty names of other languages fall back to Polish on the site.
export async function saveTag(viewer: Viewer | null, form: TagForm): Promise<SaveTagResult> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const slug = form.slug || slugFromTitle(form.names.pl);
  const clash = await db.tag.findFirst({
    where: { slug, ...(form.id ? { id: { not: form.id } } : {}) },
    select: { id: true },
  });
  if (clash) return { ok: false, error: "slugTaken" };
  if (form.id && !(await db.tag.findUnique({ where: { id: form.id }, select: { id: true } })))
    return { ok: false, error: "notFound" };
  const id = await db.$transaction(async (tx) => {
    const tag = form.id
      ? await tx.tag.update({ where: { id: form.id }, data: { slug } })
      : await tx.tag.create({ data: { slug } });
    for (const locale of locales) {
      const name = form.names[locale];
      if (name) {
        await tx.tagTranslation.upsert({
          where: { tagId_locale: { tagId: tag.id, locale } },
          create: { tagId: tag.id, locale, name },
          update: { name },
        });
      } else {
        await tx.tagTranslation.deleteMany({ where: { tagId: tag.id, locale } });
      }
    }
    await recordAudit(tx, {
      userId: editor.id,
      action: form.id ? "tag.update" : "tag.create",
      entityType: "tag",
      entityId: tag.id,
      data: { slug, name: form.names.pl },
    });
    return tag.id;
  });
  return { ok: true, id };
}

// Deletes a tag (posts keep their other tags).
export async function deleteTag(viewer: Viewer | null, id: string): Promise<boolean> {
  const editor = assertRole(viewer, EDITOR_ROLES);
  const { count } = await db.tag.deleteMany({ where: { id } });
  if (count) await recordAudit(db, { userId: editor.id, action: "tag.delete", entityType: "tag", entityId: id });
  return count === 1;
}
