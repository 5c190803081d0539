import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { explanationProblem } from "@/lib/domain/selection/explanation";
import { validateSchoolChoice, validateScoreSheet } from "@/lib/domain/selection/score-validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInterviewScore, type InterviewAssessmentInput, type SchoolChoiceInput } from "@/lib/schemas/selection-results";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { submitWithReceipt } from "../receipts";
import { findLatestChoice, firstAllowed, getOwnSchool, listScoreLevels, listTopics, loadInterviewedProviders } from "../queries/selection-results";

// The school after the interviews (SPEC §8): per invited and interviewed
// provider an assessment per topic (ScoreSheet kind INTERVIEW, receipt SCORE),
// then the choice of minChosen–maxChosen of them with a motivation and the
// characteristics and relative advantages of the chosen plan (SchoolChoice,
// receipt CHOICE). A submitted version never changes; until staff publish,
// the school may submit a new version inside the choice window.

type Tx = Prisma.TransactionClient;

function refuseInvalid(errors: Record<string, string>, message: string): void {
  if (Object.keys(errors).length > 0) throw new DomainError("VALIDATION", message, errors);
}

async function assertNotPublished(tx: Tx | typeof db, schoolId: string, schoolName: string) {
  const published = await tx.schoolChoice.findFirst({ where: { schoolId, publishedAt: { not: null } }, select: { id: true } });
  if (published) throw new DomainError("CONFLICT", `De uitslag van ${schoolName} is al gepubliceerd; de keuze en de beoordelingen veranderen niet meer.`);
}

export async function submitInterviewAssessment({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: InterviewAssessmentInput; idempotencyKey: string; now: Date;
}) {
  if (actor.role !== "SCHOOL") throw new DomainError("FORBIDDEN");
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    const allowed = await firstAllowed(actor, ["score.submit", "choice.submit"], procedureId, now);
    if (!allowed.allowed) throw new DomainError(allowed.code, allowed.message);
    const school = await getOwnSchool(actor, procedureId, input.schoolId);
    await assertNotPublished(tx, school.id, school.name);
    const provider = (await loadInterviewedProviders(school.id, school.selectionGroupId, now)).find((p) => p.providerId === input.providerId);
    if (!provider) throw new DomainError("NOT_FOUND", `Deze aanbieder is niet uitgenodigd voor het gesprek met ${school.name}.`);
    if (!provider.held) throw new DomainError("PHASE_CLOSED", "Het gesprek met deze aanbieder heeft nog niet plaatsgevonden; beoordeel het gesprek daarna.");
    const [topics, levels] = await Promise.all([listTopics(procedureId), listScoreLevels(procedureId)]);
    const known = new Set(topics.map((t) => t.id));
    if (Object.keys(input.items).some((id) => !known.has(id))) {
      throw new DomainError("VALIDATION", "Dit formulier hoort bij een verouderde versie van de onderwerpen. Laad de pagina opnieuw.");
    }
    const items = topics.map((t) => ({ topicId: t.id, score: parseInterviewScore(input.items[t.id]?.score ?? ""), explanation: input.items[t.id]?.explanation ?? "" }));
    refuseInvalid(validateScoreSheet({ items, conclusion: input.conclusion }, { topics, levels, requireConclusion: true }), "De beoordeling van het gesprek is niet vastgelegd: controleer de gemarkeerde velden.");

    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`score:INTERVIEW:${school.id}:${provider.providerId}`}))) AS l`;
    const existing = await tx.scoreSheet.findFirst({ where: { kind: "INTERVIEW", schoolId: school.id, providerOrganisationId: provider.providerId } });
    if (existing?.status === "SUBMITTED") {
      throw new DomainError("CONFLICT", `De beoordeling van het gesprek met ${provider.name} is al vastgelegd; zij verandert niet meer.`);
    }
    const data = { conclusion: input.conclusion, status: "SUBMITTED" as const, submittedAt: now };
    const sheet = existing
      ? await tx.scoreSheet.update({ where: { id: existing.id }, data })
      : await tx.scoreSheet.create({ data: { ...data, kind: "INTERVIEW", schoolId: school.id, providerOrganisationId: provider.providerId } });
    await tx.scoreItem.deleteMany({ where: { sheetId: sheet.id } });
    await tx.scoreItem.createMany({ data: items.map((i) => ({ sheetId: sheet.id, topicId: i.topicId, score: i.score as number, explanation: i.explanation })) });
    await recordAudit(tx, actor, now, { action: "score.interview", entityType: "ScoreSheet", entityId: sheet.id, procedureId, after: { kind: "INTERVIEW", schoolId: school.id, providerId: provider.providerId } });
    const content = {
      school: school.name,
      candidate: provider.name,
      interview: "Beoordeling na het gesprek",
      topics: topics.map((t) => {
        const item = items.find((i) => i.topicId === t.id);
        return { number: t.number, title: t.title, score: item?.score ?? null, explanation: item?.explanation ?? "" };
      }),
      conclusion: input.conclusion,
    };
    return { procedureId, kind: "SCORE" as const, subjectId: sheet.id, version: 1, content };
  });
}

export async function submitSchoolChoice({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: SchoolChoiceInput; idempotencyKey: string; now: Date;
}) {
  if (actor.role !== "SCHOOL") throw new DomainError("FORBIDDEN");
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    await assertAllowed(actor, "choice.submit", procedureId, now);
    const school = await getOwnSchool(actor, procedureId, input.schoolId);
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`choice:${school.id}`}))) AS l`;
    await assertNotPublished(tx, school.id, school.name);
    const procedure = await tx.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    const providers = await loadInterviewedProviders(school.id, school.selectionGroupId, now);
    if (providers.length === 0) throw new DomainError("CONFLICT", `Voor ${school.name} zijn nog geen aanbieders uitgenodigd; een keuze kan pas na de gesprekken.`);
    const unassessed = providers.filter((p) => p.held && !p.assessed).map((p) => p.name);
    if (unassessed.length > 0) {
      throw new DomainError("CONFLICT", `Leg eerst de beoordeling van het gesprek vast voor: ${unassessed.join(", ")}.`);
    }
    const errors = validateSchoolChoice(
      { providerIds: input.providerIds, motivation: input.motivation },
      { minChosen: procedure.minChosenPerSchool, maxChosen: procedure.maxChosenPerSchool, eligibleProviderIds: providers.filter((p) => p.eligible).map((p) => p.providerId) },
    );
    const advantages = explanationProblem(input.advantages);
    if (advantages === "EMPTY") errors.advantages = "Beschrijf de kenmerken en relatieve voordelen van het gekozen plan.";
    else if (advantages === "TOO_SHORT") errors.advantages = "Deze beschrijving is te kort. Leg in ten minste 5 woorden uit wat het gekozen plan kenmerkt en waarin het beter is.";
    refuseInvalid(errors, "De keuze is niet vastgelegd: controleer de gemarkeerde velden.");

    const latest = await findLatestChoice(school.id);
    const lastVersion = (await tx.schoolChoice.findFirst({ where: { schoolId: school.id }, orderBy: { version: "desc" }, select: { version: true } }))?.version ?? 0;
    const choice = await tx.schoolChoice.create({
      data: {
        schoolId: school.id, version: lastVersion + 1, status: "SUBMITTED", motivation: input.motivation, advantages: input.advantages, submittedAt: now, createdAt: now,
        providers: { create: input.providerIds.map((providerOrganisationId) => ({ providerOrganisationId })) },
      },
    });
    const chosen = providers.filter((p) => input.providerIds.includes(p.providerId)).map((p) => ({ id: p.providerId, name: p.name }));
    await recordAudit(tx, actor, now, {
      action: "choice.submit", entityType: "SchoolChoice", entityId: choice.id, procedureId,
      before: latest ? { version: latest.version, providerIds: latest.providers.map((p) => p.providerOrganisationId) } : undefined,
      after: { schoolId: school.id, version: choice.version, providerIds: chosen.map((c) => c.id) },
    });
    const content = { school: school.name, chosen: chosen.map((c) => c.name), motivation: input.motivation, advantages: input.advantages };
    return { procedureId, kind: "CHOICE" as const, subjectId: choice.id, version: choice.version, content };
  });
}
