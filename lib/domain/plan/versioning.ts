/**
 * The content of a plan-of-approach version in canonical form, and its hash
 * (SPEC §9, §10): the parties sign exactly this content; PlanVersion stores
 * it (content) with contentSha256 = contentHash(content), the same SHA-256
 * over canonical JSON as every receipt, so anyone can recompute it.
 *
 * Canonical form ("plan-of-approach-v1"):
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
 */
import { contentHash, type JsonValue } from "../receipts";
import { parseDecimal, toDecimalString } from "../budget";
import type { EducationLevel } from "./deployment";
import { normaliseSkjNumber } from "./skj";

export const PLAN_CONTENT_FORMAT = "plan-of-approach-v1";

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
  budget: { year: number; fixedAnnualAmountCents: bigint; costPerFteCents: bigint };
  contractTerms: { excludedProductCodes: readonly string[]; minEmployees: number; maxEmployees: number | null };
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
      fixedAnnualAmountCents: input.budget.fixedAnnualAmountCents.toString(),
      costPerFteCents: input.budget.costPerFteCents.toString(),
    },
    contractTerms: {
      excludedProductCodes: input.contractTerms.excludedProductCodes.map((c) => c.trim().toUpperCase()).sort(byCodePoint),
      minEmployees: input.contractTerms.minEmployees,
      maxEmployees: input.contractTerms.maxEmployees,
    },
  };
}

/** PlanVersion.contentSha256 for this content. */
export function planContentHash(input: PlanContentInput): string {
  return contentHash(canonicalPlanContent(input));
}
