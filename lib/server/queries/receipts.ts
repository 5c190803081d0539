import "server-only";
import type { ReceiptView } from "@/components/receipt/receipt-card";
import type { Actor } from "@/lib/domain/actor";
import { canonicalJson, type JsonValue } from "@/lib/domain/receipts";
import { db } from "../db";
import { getReceiptForActor } from "../receipts";

const WHAT: Record<string, string> = {
  REACTION: "Reactie op de voorgenomen herziening",
  QUESTION: "Vraag aan het Servicebureau",
  OPT_OUT: "Opzegging van de overeenkomst",
  APPLICATION: "Aanvraag tot toelating",
  WRITTEN_PLAN: "Schriftelijk plan",
  SCORE: "Beoordeling",
  CONSENSUS: "Gezamenlijke beoordeling",
  CHOICE: "Keuze van de school",
  SIGNATURE: "Ondertekening plan van aanpak",
};

/** A receipt with names, for its own organisation or staff (NOT_FOUND otherwise). */
export async function getReceiptView(actor: Actor, number: string): Promise<ReceiptView & { canonicalContent: string }> {
  const r = await getReceiptForActor(actor, number);
  const [organisation, user] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: r.organisationId }, select: { name: true } }),
    db.user.findUniqueOrThrow({ where: { id: r.submittedById }, select: { name: true } }),
  ]);
  return {
    number: r.number,
    receivedAt: r.receivedAt,
    organisationName: organisation.name,
    submittedByName: user.name,
    what: WHAT[r.kind] ?? r.kind,
    version: r.version,
    contentSha256: r.contentSha256,
    canonicalContent: canonicalJson(r.content as JsonValue),
  };
}
