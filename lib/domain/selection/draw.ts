/**
 * A reproducible draw among providers tied at the invitation cut-off (SPEC §8:
 * "a recorded draw (reproducible seed, audited)").
 *
 * Algorithm "sha256-order-v1", simple enough to re-run by hand:
 * 1. The participants are the distinct provider ids, sorted by code point
 *    (so the order in which they were passed in does not matter).
 * 2. Each participant gets a ticket: the lowercase hex SHA-256 of the UTF-8
 *    string `${seed}:${participantId}`.
 * 3. Participants are ordered by ticket, ascending (hex strings of equal
 *    length compare like the numbers); the first k are the winners. When
 *    k ≥ the number of participants, everyone wins.
 * Anyone can check a ticket with `printf '%s' "<seed>:<id>" | sha256sum`.
 *
 * The seed is produced by the server from a CSPRNG (e.g. 32 random bytes as
 * hex) and passed in; the domain never makes one. It must be lowercase hex of
 * 32–128 characters (128–512 bits): a seed typed by a person ("123") is
 * refused, and a hex seed contains no ":", so `${seed}:${id}` is unambiguous.
 * The server records the seed BEFORE showing the result, in the same audit
 * entry, so the draw cannot be repeated until it suits someone.
 *
 * Hashing is SHA-256 from node:crypto via ./receipts (sha256Hex), the same
 * primitive as the receipts.
 */
import { canonicalJson, sha256Hex, type JsonValue } from "../receipts";

export const DRAW_ALGORITHM = "sha256-order-v1";

const SEED_PATTERN = /^[0-9a-f]{32,128}$/;

export function isValidDrawSeed(seed: string): boolean {
  return typeof seed === "string" && SEED_PATTERN.test(seed);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct ids, sorted by code point. Throws on an empty id or a duplicate. */
export function canonicalParticipants(participantIds: readonly string[]): string[] {
  const unique = new Set(participantIds);
  if (unique.size !== participantIds.length) throw new RangeError("draw: a participant is listed twice");
  if ([...unique].some((id) => typeof id !== "string" || id === "")) {
    throw new RangeError("draw: a participant id must be a non-empty string");
  }
  return [...unique].sort(compareCodePoints);
}

/** SHA-256 hex of `${seed}:${participantId}`. */
export function drawTicket(seed: string, participantId: string): string {
  return sha256Hex(`${seed}:${participantId}`);
}

export interface DrawEntry {
  participantId: string;
  ticket: string;
  /** 1-based place in the ticket order. */
  position: number;
  winner: boolean;
}

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  seed: string;
  /** Canonical order (sorted ids). */
  participantIds: string[];
  /** Places to fill (k). */
  winnersCount: number;
  /** All participants in ticket order. */
  order: DrawEntry[];
  /** The winners in ticket order. */
  winnerIds: string[];
}

export function runDraw(seed: string, participantIds: readonly string[], winnersCount: number): DrawResult {
  if (!isValidDrawSeed(seed)) {
    throw new RangeError("draw: the seed must be 32–128 lowercase hexadecimal characters from a CSPRNG");
  }
  if (!Number.isSafeInteger(winnersCount) || winnersCount < 1) {
    throw new RangeError(`draw: the number of winners must be a positive integer: ${winnersCount}`);
  }
  const participants = canonicalParticipants(participantIds);
  if (participants.length === 0) throw new RangeError("draw: there are no participants");
  const order = participants
    .map((participantId) => ({ participantId, ticket: drawTicket(seed, participantId) }))
    .sort((a, b) => compareCodePoints(a.ticket, b.ticket) || compareCodePoints(a.participantId, b.participantId))
    .map((e, i) => ({ ...e, position: i + 1, winner: i < winnersCount }));
  return {
    algorithm: DRAW_ALGORITHM,
    seed,
    participantIds: participants,
    winnersCount,
    order,
    winnerIds: order.filter((e) => e.winner).map((e) => e.participantId),
  };
}

/** What TieResolution stores: `participants` and `outcome` (JSON columns). */
export interface DrawRecord {
  participants: JsonValue;
  outcome: JsonValue;
}

export function toDrawRecord(result: DrawResult): DrawRecord {
  return {
    participants: [...result.participantIds],
    outcome: {
      algorithm: result.algorithm,
      winnersCount: result.winnersCount,
      order: result.order.map((e) => ({ participantId: e.participantId, ticket: e.ticket })),
      winnerIds: [...result.winnerIds],
    },
  };
}

/**
 * Re-runs a recorded draw and says whether it gives the recorded winners in
 * the recorded order. False for any record that is not a well-formed
 * sha256-order-v1 draw (never throws).
 */
export function verifyDraw(seed: string, record: DrawRecord): boolean {
  try {
    const { participants, outcome } = record;
    if (!Array.isArray(participants) || !participants.every((p) => typeof p === "string")) return false;
    if (outcome === null || typeof outcome !== "object" || Array.isArray(outcome)) return false;
    if (outcome.algorithm !== DRAW_ALGORITHM || typeof outcome.winnersCount !== "number") return false;
    const rerun = toDrawRecord(runDraw(seed, participants as string[], outcome.winnersCount));
    // Canonical JSON: a JSON column (jsonb) may hand the keys back in another order.
    return canonicalJson(rerun.participants) === canonicalJson(participants) &&
      canonicalJson(rerun.outcome) === canonicalJson(outcome);
  } catch {
    return false;
  }
}

/**
 * The audit text of a draw, in Dutch, with everything needed to redo it.
 * `names` maps participant ids to display names (ids are shown when absent).
 */
export function describeDraw(result: DrawResult, names: Readonly<Record<string, string>> = {}): string {
  const label = (id: string) => (names[id] ? `${names[id]} (${id})` : id);
  const plaatsen = result.winnersCount === 1 ? "1 plaats" : `${result.winnersCount} plaatsen`;
  const lines = [
    `Loting (${result.algorithm}) voor ${plaatsen} onder ${result.participantIds.length} deelnemers.`,
    `Seed (door de server willekeurig gegenereerd en vóór de uitslag vastgelegd): ${result.seed}`,
    `Deelnemers in vaste volgorde (gesorteerd op id): ${result.participantIds.map(label).join("; ")}.`,
    'Werkwijze: per deelnemer de SHA-256 van "<seed>:<id>"; de laagste waarden winnen.',
    ...result.order.map(
      (e) => `${e.position}. ${label(e.participantId)}: ${e.ticket}${e.winner ? " — getrokken" : ""}`,
    ),
    `Controle: printf '%s' "<seed>:<id>" | sha256sum`,
  ];
  return lines.join("\n");
}
