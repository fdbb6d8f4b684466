import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { isSessionEnded } from "./sessions";
import type { AppLocale } from "@/lib/i18n/locales";

// The signed-in user as every data function and action sees it, read fresh from the
// database on each request: a disabled account or a changed password ends old sessions at once.
export interface Viewer {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  clusterId: string | null;
  locale: AppLocale;
}

export const EDITOR_ROLES: readonly Role[] = ["ADMIN", "EDITOR"];

// Thrown by data functions when the viewer may not do what was asked.
export class AuthorizationError extends Error {
  constructor(message = "Not allowed") {
    super(message);
    this.name = "AuthorizationError";
  }
}

// The current request's viewer, or null when signed out, disabled or the session is stale.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      clusterId: true,
      locale: true,
      disabledAt: true,
      sessionVersion: true,
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.user.sessionVersion) return null;
  if (await isSessionEnded(session.user.sid)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    clusterId: user.clusterId,
    locale: user.locale,
  };
});

// Refuses anyone whose role is not listed; returns the viewer for the caller's own checks.
export function assertRole(viewer: Viewer | null, roles: readonly Role[]): Viewer {
  if (!viewer || !roles.includes(viewer.role)) throw new AuthorizationError();
  return viewer;
}

// Narrows to an editor; in the other branch the viewer may still be a member (or null).
export function isEditor(viewer: Viewer | null): viewer is Viewer & { role: "ADMIN" | "EDITOR" } {
  return viewer !== null && EDITOR_ROLES.includes(viewer.role);
}
