import "server-only";
import type { Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  procedureId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/**
 * Appends to the audit log, inside the caller's transaction so that the log
 * and the change it records commit together. The table refuses UPDATE and
 * DELETE (a trigger in the migrations).
 */
export async function recordAudit(tx: Tx | typeof db, actor: Pick<Actor, "userId" | "organisationId"> | null, now: Date, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      at: now,
      actorUserId: actor?.userId ?? null,
      actorOrganisationId: actor?.organisationId ?? null,
      ...entry,
    },
  });
}
