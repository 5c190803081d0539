/**
 * The content of a plan-of-approach version in canonical form, and its hash
 * (SPEC §9, §10): the parties sign exactly this content; PlanVersion stores
 * it (content) with contentSha256 = contentHash(content), the same SHA-256
 * over canonical JSON as every receipt, so anyone can recompute it.
 *
 * Canonical form ("plan-of-approach-v2"; v1 lacked the terms and the cost
 * basis, see below):
 * - Texts: line endings to "\n", Unicode NFC, trailing white space removed
 *   from every line and blank lines at the start and end dropped; so an
 *   invisible change (a trailing space, a CRLF from another browser) gives
 *   the same hash and does not void signatures. Anything visible does.
 * - Lists in a fixed order, independent of the database's: providers by
 *   organisation id; topic approaches by topic number, then provider id;
 *   deployment rows by sortOrder, then id; excluded product codes trimmed,
 *   upper case, sorted.
 * - Money as a string of integer cents ("9876543"): JSON has no bigint.
 * - Hours per week as a plain decimal with a dot ("7.5" for "7,50");
 *   SKJ numbers as their nine digits (./skj) when valid, else as typed.
 * - A vacancy has personName null. Absent optional values are null, never
 *   left out, so every version has the same shape.
 * - The version number and timestamps are not part of the content: the same
 *   content always has the same hash.
 * - Everything the plan prints as its terms and as the basis of its costs is
 *   part of the content, so a signed version never changes when the
 *   procedure's data (or the code's FTE definition) does: the contract term
 *   (local dates "2026-03-01"), the extensions, the excluded product codes
 *   with their descriptions, the minimum and maximum number of employees, the
 *   Annex-12 term texts and the "what collective youth care is not" texts (in
 *   the procedure's order), and the budget's year, months under contract,
 *   fixed amount, cost per FTE and hours per week of one FTE.
 */
import { contentHash, type JsonValue } from "../receipts";
import { parseDecimal, toDecimalString } from "../budget";
import type { EducationLevel } from "./deployment";
import { normaliseSkjNumber } from "./skj";

export const PLAN_CONTENT_FORMAT = "plan-of-approach-v2";

/** The free-text fields of PlanOfApproach, in a fixed list: only these are hashed. */
export const PLAN_TEXT_FIELDS = [
  "schoolContext",
  "schoolGoals",
  "pedagogicalClimate",
  "oppLink",
  "practicalArrangements",
  "behaviouralScientist",
  "replacementArrangement",
  "staffContinuity",
] as const;

export type PlanTexts = Record<(typeof PLAN_TEXT_FIELDS)[number], string>;

export interface PlanContentInput {
  procedureId: string;
  school: { id: string; name: string; organisationId: string; municipalityOrganisationId: string; municipalityName: string };
  providers: readonly { organisationId: string; name: string }[];
  texts: PlanTexts;
  schoolHasBehaviouralScientist: boolean;
  approaches: readonly { topicId: string; topicNumber: number; topicTitle: string; providerId: string; body: string }[];
  deployments: readonly {
    id: string;
    sortOrder: number;
    providerId: string;
    personName: string | null;
    role: string;
    educationLevel: EducationLevel;
    skjNumber: string | null;
    supervisorName: string | null;
    supervisorSkjNumber: string | null;
    hoursPerWeek: string;
  }[];
  budget: { year: number; months: number; fixedAnnualAmountCents: bigint; costPerFteCents: bigint; hoursPerFtePerWeek: string };
  contractTerms: PlanContractTerms;
}

/** The contract terms printed in the plan (SPEC §9), as the procedure held them when the version was frozen. */
export interface PlanContractTerms {
  /** Local dates, "2026-03-01". */
  startOn: string;
  endOn: string;
  extensionCount: number;
  extensionYears: number;
  excludedProductCodes: readonly { code: string; description: string }[];
  minEmployees: number;
  maxEmployees: number | null;
  /** Annex-12 terms (ProcedureText CONTRACT_TERM), in the procedure's order. */
  termTexts: readonly string[];
  /** What collective youth care is not (ProcedureText NOT_INCLUDED), in the procedure's order. */
  notIncludedTexts: readonly string[];
}

/** The canonical form of a text (see the module comment). */
export function canonicalText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/\s+$/u, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

function optionalText(text: string | null): string | null {
  if (text === null) return null;
  const canonical = canonicalText(text);
  return canonical === "" ? null : canonical;
}

function canonicalHours(text: string): string {
  const parsed = parseDecimal(text);
  return parsed ? toDecimalString(parsed.value) : text.trim();
}

function canonicalSkj(text: string | null): string | null {
  const value = optionalText(text);
  return value === null ? null : (normaliseSkjNumber(value) ?? value);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalPlanContent(input: PlanContentInput): JsonValue {
  const texts: Record<string, JsonValue> = {};
  // Only the known fields: a caller spreading a whole database row adds nothing to the hash.
  for (const key of PLAN_TEXT_FIELDS) texts[key] = canonicalText(input.texts[key]);
  return {
    format: PLAN_CONTENT_FORMAT,
    procedureId: input.procedureId,
    school: {
      id: input.school.id,
      name: canonicalText(input.school.name),
      organisationId: input.school.organisationId,
      municipalityOrganisationId: input.school.municipalityOrganisationId,
      municipalityName: canonicalText(input.school.municipalityName),
    },
    providers: [...input.providers]
      .sort((a, b) => byCodePoint(a.organisationId, b.organisationId))
      .map((p) => ({ organisationId: p.organisationId, name: canonicalText(p.name) })),
    texts,
    schoolHasBehaviouralScientist: input.schoolHasBehaviouralScientist,
    approaches: [...input.approaches]
      .sort((a, b) => a.topicNumber - b.topicNumber || byCodePoint(a.providerId, b.providerId))
      .map((a) => ({
        topicId: a.topicId,
        topicNumber: a.topicNumber,
        topicTitle: canonicalText(a.topicTitle),
        providerId: a.providerId,
        body: canonicalText(a.body),
      })),
    deployments: [...input.deployments]
      .sort((a, b) => a.sortOrder - b.sortOrder || byCodePoint(a.id, b.id))
      .map((d) => ({
        id: d.id,
        providerId: d.providerId,
        personName: optionalText(d.personName),
        role: canonicalText(d.role),
        educationLevel: d.educationLevel,
        skjNumber: canonicalSkj(d.skjNumber),
        supervisorName: optionalText(d.supervisorName),
        supervisorSkjNumber: canonicalSkj(d.supervisorSkjNumber),
        hoursPerWeek: canonicalHours(d.hoursPerWeek),
      })),
    budget: {
      year: input.budget.year,
      months: input.budget.months,
      fixedAnnualAmountCents: input.budget.fixedAnnualAmountCents.toString(),
      costPerFteCents: input.budget.costPerFteCents.toString(),
      hoursPerFtePerWeek: canonicalHours(input.budget.hoursPerFtePerWeek),
    },
    contractTerms: {
      startOn: input.contractTerms.startOn,
      endOn: input.contractTerms.endOn,
      extensionCount: input.contractTerms.extensionCount,
      extensionYears: input.contractTerms.extensionYears,
      excludedProductCodes: input.contractTerms.excludedProductCodes
        .map((c) => ({ code: c.code.trim().toUpperCase(), description: canonicalText(c.description) }))
        .sort((a, b) => byCodePoint(a.code, b.code)),
      minEmployees: input.contractTerms.minEmployees,
      maxEmployees: input.contractTerms.maxEmployees,
      termTexts: input.contractTerms.termTexts.map(canonicalText),
      notIncludedTexts: input.contractTerms.notIncludedTexts.map(canonicalText),
    },
  };
}

/** PlanVersion.contentSha256 for this content. */
export function planContentHash(input: PlanContentInput): string {
  return contentHash(canonicalPlanContent(input));
}
