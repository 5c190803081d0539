/**
 * Ranking of the candidate providers of one school and the interview
 * invitations (SPEC §8): at most `maxInvited` (procedure data, seeds: 5) with
 * the highest total consensus score.
 *
 * - Total = sum of the consensus scores over all topics (consensusTotal).
 * - Competition ranking ("1224"): equal totals share a rank; the next rank
 *   skips the shared places (1, 2, 2, 4). Within a rank providers are listed
 *   by id, for a stable display only; that order decides nothing.
 * - Invitations: a tie group whose places all fit within maxInvited is
 *   invited entirely; providers ranked below maxInvited are not invited. A
 *   tie group that straddles the cut-off (it starts at or above place
 *   maxInvited and ends below it, e.g. ranks 5 and 6 both at place 5 of 5) is
 *   never decided here: it is returned as `tiedAtCutoff` with `openSlots`,
 *   the number of places left for it. Staff resolve it by a recorded draw
 *   (./draw) or by inviting all tied providers with a reason
 *   (applyTieResolution).
 * - Fewer candidates than places: everyone is invited, no tie to resolve.
 */

export interface ScoreItemTotalInput {
  topicId: string;
  /** null: not chosen yet (only in a draft). */
  score: number | null;
}

/**
 * Sum of a consensus sheet's scores over exactly the given topics. Throws when
 * a topic is missing, doubled or unknown, or a score is missing (null) or not an integer: only a
 * complete, validated consensus sheet can be ranked.
 */
export function consensusTotal(items: readonly ScoreItemTotalInput[], topicIds: readonly string[]): number {
  const expected = new Set(topicIds);
  const seen = new Set<string>();
  let total = 0;
  for (const item of items) {
    if (!expected.has(item.topicId)) throw new RangeError(`consensusTotal: unknown topic ${item.topicId}`);
    if (seen.has(item.topicId)) throw new RangeError(`consensusTotal: topic ${item.topicId} scored twice`);
    if (item.score === null) throw new RangeError(`consensusTotal: topic ${item.topicId} has no score`);
    if (!Number.isSafeInteger(item.score)) throw new RangeError(`consensusTotal: score ${item.score} is not an integer`);
    seen.add(item.topicId);
    total += item.score;
  }
  if (seen.size !== expected.size) throw new RangeError("consensusTotal: not every topic is scored");
  return total;
}

export interface RankCandidate {
  providerId: string;
  totalScore: number;
}

export interface RankedProvider extends RankCandidate {
  /** Competition rank: 1 + the number of providers with a higher total. */
  rank: number;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Highest total first; equal totals share a rank (1, 2, 2, 4). */
export function rankProviders(candidates: readonly RankCandidate[]): RankedProvider[] {
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.providerId)) throw new RangeError(`rankProviders: provider ${c.providerId} listed twice`);
    if (!Number.isSafeInteger(c.totalScore)) throw new RangeError(`rankProviders: total ${c.totalScore} is not an integer`);
    ids.add(c.providerId);
  }
  const sorted = [...candidates].sort(
    (a, b) => b.totalScore - a.totalScore || compareIds(a.providerId, b.providerId),
  );
  const ranked: RankedProvider[] = [];
  sorted.forEach((c, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.totalScore === c.totalScore ? previous.rank : i + 1;
    ranked.push({ providerId: c.providerId, totalScore: c.totalScore, rank });
  });
  return ranked;
}

export interface InvitationSet {
  ranked: RankedProvider[];
  /** Invited without any decision: their whole tie group fits in the places. */
  invited: RankedProvider[];
  /** The tie group straddling the cut-off; empty when there is none. */
  tiedAtCutoff: RankedProvider[];
  /** Places left for tiedAtCutoff (0 when there is no such group). */
  openSlots: number;
  /** Ranked below the cut-off. */
  notInvited: RankedProvider[];
  needsTieResolution: boolean;
}

export function determineInvitations(candidates: readonly RankCandidate[], maxInvited: number): InvitationSet {
  if (!Number.isSafeInteger(maxInvited) || maxInvited < 1) {
    throw new RangeError(`determineInvitations: maxInvited must be a positive integer: ${maxInvited}`);
  }
  const ranked = rankProviders(candidates);
  const invited: RankedProvider[] = [];
  const tiedAtCutoff: RankedProvider[] = [];
  const notInvited: RankedProvider[] = [];
  for (const p of ranked) {
    // The group of p occupies places rank .. rank + size - 1.
    const groupSize = ranked.filter((q) => q.totalScore === p.totalScore).length;
    const lastPlace = p.rank + groupSize - 1;
    if (lastPlace <= maxInvited) invited.push(p);
    else if (p.rank <= maxInvited) tiedAtCutoff.push(p);
    else notInvited.push(p);
  }
  const openSlots = tiedAtCutoff.length > 0 ? maxInvited - invited.length : 0;
  return { ranked, invited, tiedAtCutoff, openSlots, notInvited, needsTieResolution: tiedAtCutoff.length > 0 };
}

/** How staff resolved a tie at the cut-off (TieResolution.method). */
export type TieDecision =
  | { method: "DRAW"; winnerIds: readonly string[] }
  | { method: "INVITE_ALL" };

/** One InterviewInvitation row. */
export interface InvitationRow {
  providerId: string;
  rank: number;
  totalScore: number;
  invited: boolean;
}

/**
 * The invitation rows for every ranked provider. Without a tie at the cut-off
 * the decision must be null; with one it is required. A draw must name exactly
 * openSlots winners, all from tiedAtCutoff; INVITE_ALL invites the whole group
 * (more than maxInvited: the recorded reason justifies it).
 */
export function applyTieResolution(set: InvitationSet, decision: TieDecision | null): InvitationRow[] {
  let tiedInvited: Set<string>;
  if (!set.needsTieResolution) {
    if (decision !== null) throw new RangeError("applyTieResolution: there is no tie at the cut-off to resolve");
    tiedInvited = new Set();
  } else if (decision === null) {
    throw new RangeError("applyTieResolution: a tie at the cut-off must be resolved by a draw or by inviting all");
  } else if (decision.method === "INVITE_ALL") {
    tiedInvited = new Set(set.tiedAtCutoff.map((p) => p.providerId));
  } else {
    tiedInvited = new Set(decision.winnerIds);
    const tiedIds = new Set(set.tiedAtCutoff.map((p) => p.providerId));
    if (tiedInvited.size !== decision.winnerIds.length || tiedInvited.size !== set.openSlots) {
      throw new RangeError(`applyTieResolution: a draw must name exactly ${set.openSlots} different winners`);
    }
    if ([...tiedInvited].some((id) => !tiedIds.has(id))) {
      throw new RangeError("applyTieResolution: a winner of the draw is not in the tie group");
    }
  }
  const invitedIds = new Set([...set.invited.map((p) => p.providerId), ...tiedInvited]);
  return set.ranked.map((p) => ({
    providerId: p.providerId,
    rank: p.rank,
    totalScore: p.totalScore,
    invited: invitedIds.has(p.providerId),
  }));
}
