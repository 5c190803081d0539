// Staff assessment of admission applications (SPEC §7, issue 6): the rules for
// a requirement's note and a decision's motivation, when a decision is final
// (four eyes on "not admitted"), whether it may still change at `now`, the
// progress per application and the warning before the announcement. Pure: the
// announcement instant and `now` are parameters.

import { formatDateTimeWithZone } from "../format";

export const ADMISSION_OUTCOMES = ["ADMITTED", "NOT_ADMITTED"] as const;
export type AdmissionOutcome = (typeof ADMISSION_OUTCOMES)[number];

export const ADMISSION_OUTCOME_LABELS: Record<AdmissionOutcome, string> = {
  ADMITTED: "Toegelaten",
  NOT_ADMITTED: "Niet toegelaten",
};

// ───────────────────────────── texts ─────────────────────────────

export const MOTIVATION_MIN_CHARACTERS = 40;
export const MOTIVATION_MIN_WORDS = 8;
export const MOTIVATION_MAX_CHARACTERS = 5000;
export const NOTE_MIN_CHARACTERS = 10;
export const NOTE_MAX_CHARACTERS = 2000;
export const SEND_BACK_REASON_MIN_CHARACTERS = 10;

export const MOTIVATION_TOO_SHORT =
  `Schrijf een inhoudelijke motivering van minimaal ${MOTIVATION_MIN_WORDS} woorden en ${MOTIVATION_MIN_CHARACTERS} tekens: ` +
  "waarom de aanbieder voor dit cluster wel of niet wordt toegelaten. De aanbieder leest deze motivering.";

/** Words: runs of letters or digits ("(L)VB" and "SKJ-registratie" count once). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

/**
 * A motivation the provider can understand: at least 8 words and 40
 * characters, not one word repeated ("nee nee nee …"), at most 5000 characters.
 */
export function checkMotivation(input: string): TextCheck {
  const text = input.trim();
  if (text.length > MOTIVATION_MAX_CHARACTERS) return { ok: false, message: `Maximaal ${MOTIVATION_MAX_CHARACTERS} tekens.` };
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const distinct = new Set(words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")));
  if (text.length < MOTIVATION_MIN_CHARACTERS || words.length < MOTIVATION_MIN_WORDS || distinct.size < MOTIVATION_MIN_WORDS / 2) {
    return { ok: false, message: MOTIVATION_TOO_SHORT };
  }
  return { ok: true, text };
}

/**
 * A requirement's note, whichever the verdict: what in the application shows
 * that the requirement is met, or why it is not (10+ characters), so that a
 * second staff member and a later objection can follow the assessment.
 */
export function checkRequirementNote(met: boolean, input: string): TextCheck {
  const text = input.trim();
  if (text.length > NOTE_MAX_CHARACTERS) return { ok: false, message: `Maximaal ${NOTE_MAX_CHARACTERS} tekens.` };
  if (text.length < NOTE_MIN_CHARACTERS) {
    return {
      ok: false,
      message: met
        ? `Licht toe waaruit blijkt dat aan deze eis is voldaan (minimaal ${NOTE_MIN_CHARACTERS} tekens).`
        : `Licht toe waarom niet aan deze eis is voldaan (minimaal ${NOTE_MIN_CHARACTERS} tekens).`,
    };
  }
  return { ok: true, text };
}

// ───────────────────────────── decisions ─────────────────────────────

export interface DecisionState {
  outcome: AdmissionOutcome;
  decidedById: string;
  decidedAt: Date;
  confirmedById: string | null;
  confirmedAt: Date | null;
}

/** "Admitted" is final when recorded; "not admitted" once a second staff member confirmed it. */
export function isFinal(decision: DecisionState): boolean {
  return decision.outcome === "ADMITTED" || decision.confirmedById !== null;
}

export function awaitsConfirmation(decision: DecisionState): boolean {
  return !isFinal(decision);
}

/** When the decision became final (null while it awaits confirmation). */
export function finalAt(decision: DecisionState): Date | null {
  if (decision.outcome === "ADMITTED") return decision.decidedAt;
  return decision.confirmedAt;
}

/** The announcement has happened at `now` (its instant is inclusive). No announcement planned: never. */
export function isAnnounced(announcementAt: Date | null, now: Date): boolean {
  return announcementAt !== null && now.getTime() >= announcementAt.getTime();
}

/**
 * A demo clock set back this far before the recorded mailing means the
 * mailing has not happened yet in the simulated time. (Concurrent requests
 * read the clock milliseconds apart; they never count as a rewind.)
 */
export const CLOCK_REWIND_MARGIN_MS = 60 * 60 * 1000;

/**
 * Has the announcement e-mail gone out, as seen at `now`? Once recorded, yes
 * — except when a demo clock (`clockMayRewind`) was set back to before the
 * recorded mailing: then the walk through the procedure mails again.
 */
export function announcementMailSent(mailedAt: Date | null, now: Date, clockMayRewind: boolean): boolean {
  if (mailedAt === null) return false;
  return !(clockMayRewind && mailedAt.getTime() > now.getTime() + CLOCK_REWIND_MARGIN_MS);
}

/** The announcement e-mail is due: the announcement has happened and the e-mail has not gone out. */
export function announcementMailDue(announcementAt: Date | null, mailedAt: Date | null, now: Date, clockMayRewind: boolean): boolean {
  return isAnnounced(announcementAt, now) && !announcementMailSent(mailedAt, now, clockMayRewind);
}

export type Check = { allowed: true } | { allowed: false; message: string };

const ALLOWED: Check = { allowed: true };

/**
 * May the assessment of a cluster (its requirements and its decision) still
 * change? Until the announcement, yes. From the announcement on, a final
 * decision is what the provider has been told: it is frozen. A cluster without
 * a final decision can still be completed afterwards (the provider is told
 * when it becomes final).
 */
export function mayChangeAssessment(decision: DecisionState | null, announcementAt: Date | null, now: Date): Check {
  if (!decision || !isFinal(decision) || !isAnnounced(announcementAt, now)) return ALLOWED;
  return {
    allowed: false,
    message: `Dit besluit is bekendgemaakt op ${formatDateTimeWithZone(announcementAt as Date)} en ligt vast; het kan niet meer worden gewijzigd.`,
  };
}

export interface RequirementStatus {
  /** null: not assessed yet. */
  met: boolean | null;
}

/**
 * May staff record this outcome for the cluster? Every requirement must be
 * assessed first; "admitted" needs every requirement met and every exclusion
 * ground declared.
 */
export function checkDecision(outcome: AdmissionOutcome, requirements: readonly RequirementStatus[], declarationsComplete: boolean): Check {
  const assessed = requirements.filter((r) => r.met !== null).length;
  if (assessed < requirements.length) {
    return { allowed: false, message: `Beoordeel eerst alle eisen van dit cluster (${assessed} van ${requirements.length} beoordeeld).` };
  }
  if (outcome === "ADMITTED" && requirements.some((r) => r.met === false)) {
    return { allowed: false, message: "Niet aan alle eisen is voldaan: kies 'niet toegelaten', of pas eerst de beoordeling van de eisen aan." };
  }
  if (outcome === "ADMITTED" && !declarationsComplete) {
    return { allowed: false, message: "De aanbieder heeft niet alle uitsluitingsgronden verklaard: toelaten kan dan niet." };
  }
  return ALLOWED;
}

/** Four eyes: a "not admitted" decision awaiting confirmation, reviewed by someone other than its decider. */
export function mayReview(decision: DecisionState | null, reviewerId: string, verb: "bevestigen" | "terugsturen"): Check {
  if (!decision) return { allowed: false, message: "Er is (nog) geen besluit voor dit cluster." };
  if (decision.outcome === "ADMITTED") {
    return { allowed: false, message: `Een besluit 'toegelaten' is direct definitief; er is niets te ${verb}.` };
  }
  if (decision.confirmedById !== null) return { allowed: false, message: "Dit besluit is al bevestigd door een tweede medewerker." };
  if (decision.decidedById === reviewerId) {
    return {
      allowed: false,
      message: `U heeft dit besluit zelf genomen. Een tweede medewerker moet het ${verb} (vier ogen).`,
    };
  }
  return ALLOWED;
}

// ───────────────────────────── progress ─────────────────────────────

export type ClusterStatus = "NOT_STARTED" | "IN_PROGRESS" | "READY_TO_DECIDE" | "AWAITING_CONFIRMATION" | "FINAL";

export const CLUSTER_STATUS_LABELS: Record<ClusterStatus, string> = {
  NOT_STARTED: "Nog niet beoordeeld",
  IN_PROGRESS: "Beoordeling bezig",
  READY_TO_DECIDE: "Klaar voor besluit",
  AWAITING_CONFIRMATION: "Wacht op bevestiging (vier ogen)",
  FINAL: "Definitief",
};

export interface ClusterProgress {
  assessed: number;
  total: number;
  status: ClusterStatus;
  outcome: AdmissionOutcome | null;
}

export function clusterProgress(requirements: readonly RequirementStatus[], decision: DecisionState | null): ClusterProgress {
  const assessed = requirements.filter((r) => r.met !== null).length;
  const total = requirements.length;
  const outcome = decision?.outcome ?? null;
  let status: ClusterStatus;
  if (decision) status = isFinal(decision) ? "FINAL" : "AWAITING_CONFIRMATION";
  else if (assessed === total) status = "READY_TO_DECIDE";
  else status = assessed === 0 ? "NOT_STARTED" : "IN_PROGRESS";
  return { assessed, total, status, outcome };
}

export interface ApplicationProgress {
  clusters: number;
  final: number;
  awaitingConfirmation: number;
  /** Clusters without a final decision. */
  missing: number;
  complete: boolean;
}

export function applicationProgress(clusters: readonly ClusterProgress[]): ApplicationProgress {
  const final = clusters.filter((c) => c.status === "FINAL").length;
  const awaitingConfirmation = clusters.filter((c) => c.status === "AWAITING_CONFIRMATION").length;
  return { clusters: clusters.length, final, awaitingConfirmation, missing: clusters.length - final, complete: final === clusters.length };
}

/** Days before the announcement from which missing decisions are flagged. */
export const ANNOUNCEMENT_WARNING_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AnnouncementWarning {
  level: "NEAR" | "PASSED";
  message: string;
}

/**
 * A warning for staff when clusters lack a final decision and the
 * announcement is within ANNOUNCEMENT_WARNING_DAYS or has passed; null
 * otherwise.
 */
export function announcementWarning(announcementAt: Date | null, now: Date, missing: number): AnnouncementWarning | null {
  if (announcementAt === null || missing === 0) return null;
  const clusters = missing === 1 ? "1 cluster heeft" : `${missing} clusters hebben`;
  const when = formatDateTimeWithZone(announcementAt);
  if (isAnnounced(announcementAt, now)) {
    return {
      level: "PASSED",
      message: `De bekendmaking was op ${when}, maar ${clusters} nog geen definitief besluit. Die aanbieders zien daar nog "In beoordeling"; zij krijgen bericht zodra het besluit definitief is.`,
    };
  }
  if (announcementAt.getTime() - now.getTime() > ANNOUNCEMENT_WARNING_DAYS * DAY_MS) return null;
  return {
    level: "NEAR",
    message: `De bekendmaking is op ${when}. Nog ${clusters} geen definitief besluit (een besluit 'niet toegelaten' telt pas na bevestiging door een tweede medewerker).`,
  };
}

// ───────────────────────────── what the provider sees ─────────────────────────────

export type VisibleResult =
  | { status: "IN_REVIEW" }
  | { status: AdmissionOutcome; motivation: string; finalAt: Date };

/** Only a final decision is shown, and only from the announcement on; anything else reads "In beoordeling". */
export function visibleResult(decision: (DecisionState & { motivation: string }) | null, announcementAt: Date | null, now: Date): VisibleResult {
  if (!decision || !isFinal(decision) || !isAnnounced(announcementAt, now)) return { status: "IN_REVIEW" };
  return { status: decision.outcome, motivation: decision.motivation, finalAt: finalAt(decision) as Date };
}
