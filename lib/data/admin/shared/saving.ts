import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { personName } from "@/lib/format";
import type { RevisionEntity } from "./revisions";

// The answer when someone else saved since the form was loaded: who, and when.
export interface Conflict {
  ok: false;
  error: "conflict";
  version: number;
  updatedAt: string;
  by: string | null;
}

// Thrown inside a save's transaction to roll it back and answer with a known failure instead.
export class SaveAborted<Failure extends { ok: false }> extends Error {
  constructor(readonly result: Failure) {
    super("save aborted");
    this.name = "SaveAborted";
  }
}

// Runs a save in one transaction: an aborted save rolls back and returns its failure; two saves
// claiming one free unique value at once (the index decides, P2002) return `onUnique` when given.
export async function saveInTransaction<Result, Failure extends { ok: false }>(
  work: (tx: Prisma.TransactionClient) => Promise<Result>,
  onUnique?: () => Failure,
): Promise<Result | Failure> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof SaveAborted) return error.result as Failure;
    if (onUnique && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return onUnique();
    throw error;
  }
}

// The conflict answer for an entity with revisions: its version now and whoever saved it last.
export async function conflictOf(
  tx: Prisma.TransactionClient,
  type: RevisionEntity,
  current: { id: string; version: number; updatedAt: Date },
): Promise<Conflict> {
  const last = await tx.revision.findFirst({
    where: { entityType: type, entityId: current.id, authorId: { not: null } },
    orderBy: { version: "desc" },
    select: { author: { select: { name: true, email: true } } },
  });
  return {
    ok: false,
    error: "conflict",
    version: current.version,
    updatedAt: current.updatedAt.toISOString(),
    by: personName(last?.author ?? null),
  };
}
