import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone, formatLocalDate } from "@/lib/domain/format";
import { computeStandstill } from "@/lib/domain/selection/standstill";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail, type MailMessage } from "../mail";
import { findLatestChoice, getSchoolInProcedure } from "../queries/selection-results";

// Staff publish the result of one school (SPEC §8, §10): the latest submitted
// choice becomes visible to every provider that took part (its own scores and
// explanations, the motivation, the chosen provider(s) and the advantages of
// the chosen plan), and the standstill period (Procedure.standstillDays)
// starts. The e-mails to all of them are queued in the same transaction.
// Publishing happens once per school; a published choice never changes.

const RESULT_PATH = "/aanbieder/uitslag";

export async function publishSchoolResult({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: { schoolId: string }; now: Date }) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  await assertAllowed(actor, "results.publish", procedureId, now);
  const school = await getSchoolInProcedure(procedureId, input.schoolId);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`choice:${school.id}`}))) AS l`;
    if (await tx.schoolChoice.findFirst({ where: { schoolId: school.id, publishedAt: { not: null } }, select: { id: true } })) {
      throw new DomainError("CONFLICT", `De uitslag van ${school.name} is al gepubliceerd; een gepubliceerde uitslag verandert niet meer.`);
    }
    const choice = await findLatestChoice(school.id);
    if (!choice) {
      throw new DomainError("CONFLICT", `${school.name} heeft haar keuze nog niet ingediend. Publiceren kan pas daarna.`);
    }
    const claimed = await tx.schoolChoice.updateMany({ where: { id: choice.id, publishedAt: null }, data: { publishedAt: now, publishedById: actor.userId } });
    if (claimed.count !== 1) throw new DomainError("CONFLICT", "Deze keuze is intussen gewijzigd. Laad de pagina opnieuw.");

    const standstill = computeStandstill(now, procedure.standstillDays);
    const chosenIds = new Set(choice.providers.map((p) => p.providerOrganisationId));
    const chosenNames = choice.providers.map((p) => p.provider.name).join(" en ");
    // One query at a time: a transaction is one connection.
    const plans = await tx.writtenPlan.findMany({ where: { schoolId: school.id, status: "SUBMITTED" }, select: { organisationId: true } });
    const sheets = await tx.scoreSheet.findMany({ where: { kind: "CONSENSUS", schoolId: school.id }, select: { providerOrganisationId: true } });
    const participants = [...new Set([...plans.map((p) => p.organisationId), ...sheets.map((s) => s.providerOrganisationId)])];
    const users = await tx.user.findMany({
      where: { organisationId: { in: participants }, role: "PROVIDER", active: true, organisation: { active: true } },
      select: { email: true, organisationId: true },
    });
    const finalText =
      `De standstilltermijn van ${procedure.standstillDays} kalenderdagen loopt tot en met ${formatLocalDate(standstill.lastDay)}; ` +
      `de keuze is definitief vanaf ${formatDateTimeWithZone(standstill.endsAt)}, tenzij binnen die termijn bezwaar wordt gemaakt.`;
    const messages: MailMessage[] = users.map((u) => ({
      to: u.email,
      subject: `Uitslag selectie ${school.name}`,
      text:
        `Het Servicebureau heeft de uitslag van de selectie door ${school.name} gepubliceerd. ` +
        (chosenIds.has(u.organisationId)
          ? `De school heeft uw organisatie gekozen${chosenIds.size > 1 ? ` (samen met een andere aanbieder)` : ""}.`
          : "De school heeft een andere aanbieder gekozen.") +
        `\n\nUw eigen scores en toelichtingen per onderwerp, de motivering van de school en de kenmerken en voordelen van het gekozen plan leest u in het portaal: ${baseUrl()}${RESULT_PATH}\n\n${finalText}`,
    }));
    const schoolUsers = await tx.user.findMany({ where: { organisationId: school.organisationId, role: "SCHOOL", active: true }, select: { email: true } });
    messages.push(...schoolUsers.map((u) => ({
      to: u.email,
      subject: `Uitslag selectie ${school.name} gepubliceerd`,
      text: `Het Servicebureau heeft uw keuze (versie ${choice.version}: ${chosenNames}) gepubliceerd en de aanbieders ingelicht.\n\n${finalText}`,
    })));
    await queueMail(tx, messages, now);
    await recordAudit(tx, actor, now, {
      action: "results.publish", entityType: "SchoolChoice", entityId: choice.id, procedureId,
      before: { publishedAt: null },
      after: {
        schoolId: school.id, version: choice.version, providerIds: [...chosenIds], publishedAt: now.toISOString(),
        standstillEndsAt: standstill.endsAt.toISOString(), mailedProviders: participants.length, messages: messages.length,
      },
    });
    return { version: choice.version, standstillEndsAt: standstill.endsAt, messages: messages.length };
  });
}
