/**
 * What a provider in a tie at the invitation cut-off is shown of the recorded
 * tie resolution (SPEC §8, decision 0013 "Shown to"): the method, the moment,
 * the reason, and for a draw the seed, its own id and ticket and every ticket
 * in draw order, without the other participants' ids or names. Staff and the
 * school see the full record (components/selection-results/tie-record.tsx).
 * Pure: no clock, no database.
 */
import { formatDateTimeWithZone } from "../format";
import { verifyDraw, type DrawRecord } from "./draw";

export interface TieResolutionRecord {
  method: "DRAW" | "INVITE_ALL";
  reason: string;
  seed: string | null;
  decidedAt: Date;
  /** The sorted participant ids (JSON column). */
  participants: unknown;
  /** DRAW: { algorithm, winnersCount, order: [{ participantId, ticket }], winnerIds }; INVITE_ALL: { invitedIds, openSlots }. */
  outcome: unknown;
}

export interface OwnTicket {
  /** 1-based place in the draw order (lowest ticket first). */
  position: number;
  ticket: string;
  drawn: boolean;
  own: boolean;
}

export interface OwnTieView {
  method: "DRAW" | "INVITE_ALL";
  decidedAt: Date;
  reason: string;
  /** How many other providers shared the place. */
  othersCount: number;
  /** Places that were left for the tied providers. */
  openSlots: number;
  /** The provider's own outcome. */
  invited: boolean;
  draw: {
    algorithm: string;
    seed: string;
    ownId: string;
    ownTicket: string;
    ownPosition: number;
    tickets: OwnTicket[];
    /** Re-running the draw with the recorded seed and participants gives the recorded outcome. */
    verified: boolean;
  } | null;
}

interface DrawOutcome { algorithm?: unknown; winnersCount?: unknown; order?: unknown; winnerIds?: unknown }

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The provider's view of a recorded tie resolution; null when it did not take part in the tie. */
export function ownTieView(record: TieResolutionRecord, providerId: string): OwnTieView | null {
  const participants = stringArray(record.participants);
  if (!participants.includes(providerId)) return null;
  const outcome = (record.outcome !== null && typeof record.outcome === "object" ? record.outcome : {}) as DrawOutcome & { invitedIds?: unknown; openSlots?: unknown };
  const base = { decidedAt: record.decidedAt, reason: record.reason, othersCount: participants.length - 1 };
  if (record.method === "INVITE_ALL") {
    const invitedIds = stringArray(outcome.invitedIds);
    return {
      ...base, method: "INVITE_ALL", draw: null,
      openSlots: typeof outcome.openSlots === "number" ? outcome.openSlots : participants.length,
      invited: invitedIds.length === 0 || invitedIds.includes(providerId),
    };
  }
  const winnerIds = stringArray(outcome.winnerIds);
  const order = (Array.isArray(outcome.order) ? outcome.order : []) as { participantId?: unknown; ticket?: unknown }[];
  const tickets = order.map((e, i) => ({
    position: i + 1, ticket: String(e.ticket ?? ""), drawn: winnerIds.includes(String(e.participantId)), own: e.participantId === providerId,
  }));
  const mine = tickets.find((t) => t.own);
  const seed = record.seed ?? "";
  return {
    ...base, method: "DRAW",
    openSlots: typeof outcome.winnersCount === "number" ? outcome.winnersCount : winnerIds.length,
    invited: winnerIds.includes(providerId),
    draw: {
      algorithm: typeof outcome.algorithm === "string" ? outcome.algorithm : "",
      seed, ownId: providerId, ownTicket: mine?.ticket ?? "", ownPosition: mine?.position ?? 0, tickets,
      verified: seed !== "" && verifyDraw(seed, { participants: record.participants, outcome: record.outcome } as DrawRecord),
    },
  };
}

const others = (n: number) => (n === 1 ? "1 andere aanbieder" : `${n} andere aanbieders`);
const places = (n: number) => (n === 1 ? "1 plaats" : `${n} plaatsen`);
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * The tie explained in one Dutch paragraph, for the provider's pages and the
 * result letter. `rank` is the shared place; before publication it is left
 * out (the provider's rank and score stay confidential until then).
 */
export function describeOwnTie(view: OwnTieView, rank: number | null): string {
  const where = rank !== null ? `Op plaats ${rank}` : "Op de grens van de uitnodigingen";
  const head = `${where} stonden u en ${others(view.othersCount)} gelijk, voor ${places(view.openSlots)} bij het gesprek.`;
  const at = formatDateTimeWithZone(view.decidedAt);
  if (view.method === "INVITE_ALL" || !view.draw) {
    return `${head} Het Servicebureau heeft op ${at} besloten alle gelijk geëindigde aanbieders uit te nodigen. Reden: ${sentence(view.reason)} U bent ${view.invited ? "" : "niet "}uitgenodigd.`;
  }
  const d = view.draw;
  return `${head} Het Servicebureau heeft op ${at} geloot: seed ${d.seed}, deelnemers: ${view.othersCount + 1} (vaste volgorde op id; uw id is ${d.ownId}), ` +
    `uitkomst: ${view.openSlots === 1 ? "het laagste lot is" : `de ${view.openSlots} laagste loten zijn`} getrokken; uw lot ${d.ownTicket} kwam op positie ${d.ownPosition} van ${d.tickets.length}; ` +
    `u bent ${view.invited ? "" : "niet "}uitgenodigd.`;
}

/** How the provider re-computes its own ticket. */
export function ownTicketCheck(view: OwnTieView): string | null {
  return view.draw ? `printf '%s' "${view.draw.seed}:${view.draw.ownId}" | sha256sum` : null;
}
