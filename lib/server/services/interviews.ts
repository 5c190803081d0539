import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { formatDate, formatDateTimeWithZone, formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import type { ScheduleInterviewInput } from "@/lib/schemas/selection-results";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";

// Interviews (SPEC §8: "held jointly per selection group"): staff schedule one
// slot per selection group and invited provider, entered as local
// Europe/Amsterdam date and times; the provider confirms it. Rescheduling
// clears an earlier confirmation and tells the provider again.

const INTERVIEWS_PATH = "/aanbieder/gesprekken";

/** "18 november 2025 van 09:30 tot 10:30 CET". */
export function describeSlot(startsAt: Date, endsAt: Date): string {
  return `${formatDate(startsAt)} van ${formatTime(startsAt)} tot ${formatTime(endsAt)} ${timeZoneAbbreviation(startsAt)}`;
}

function toInstant(date: string, time: string, field: string): Date {
  try {
    return localDateTimeToInstant(`${date}T${time}`);
  } catch {
    throw new DomainError("VALIDATION", undefined, {
      [field]: `Dit tijdstip bestaat niet in Nederlandse tijd (bijvoorbeeld door de overgang naar zomertijd) of de datum klopt niet. Kies een ander tijdstip.`,
    });
  }
}

export async function scheduleInterview({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: ScheduleInterviewInput; now: Date }) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  await assertAllowed(actor, "interview.schedule", procedureId, now);
  const group = await db.selectionGroup.findFirst({ where: { id: input.selectionGroupId, procedureId }, include: { schools: { select: { id: true, name: true } } } });
  if (!group) throw new DomainError("NOT_FOUND", "Deze selectiegroep bestaat niet.");
  const invitations = await db.interviewInvitation.findMany({
    where: { providerOrganisationId: input.providerId, invited: true, schoolId: { in: group.schools.map((s) => s.id) } },
    include: { provider: { select: { name: true } }, school: { select: { name: true } } },
  });
  const first = invitations[0];
  if (!first) throw new DomainError("NOT_FOUND", `Deze aanbieder is voor geen enkele school van ${group.name} uitgenodigd.`);
  const startsAt = toInstant(input.date, input.startTime, "startTime");
  const endsAt = toInstant(input.date, input.endTime, "endTime");
  if (endsAt.getTime() <= startsAt.getTime()) throw new DomainError("VALIDATION", undefined, { endTime: "De eindtijd moet na de begintijd liggen." });
  if (startsAt.getTime() <= now.getTime()) throw new DomainError("VALIDATION", undefined, { date: "Kies een moment in de toekomst." });

  return db.$transaction(async (tx) => {
    const before = await tx.interview.findUnique({ where: { selectionGroupId_providerOrganisationId: { selectionGroupId: group.id, providerOrganisationId: input.providerId } } });
    const data = { startsAt, endsAt, location: input.location, confirmedAt: null, confirmedById: null };
    const interview = before
      ? await tx.interview.update({ where: { id: before.id }, data })
      : await tx.interview.create({ data: { ...data, selectionGroupId: group.id, providerOrganisationId: input.providerId } });
    await recordAudit(tx, actor, now, {
      action: before ? "interview.reschedule" : "interview.schedule", entityType: "Interview", entityId: interview.id, procedureId,
      before: before ? { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString(), location: before.location, confirmedAt: before.confirmedAt?.toISOString() ?? null } : undefined,
      after: { selectionGroupId: group.id, providerId: input.providerId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), location: input.location },
    });
    const users = await tx.user.findMany({ where: { organisationId: input.providerId, role: "PROVIDER", active: true }, select: { email: true } });
    const when = describeSlot(startsAt, endsAt);
    await queueMail(tx, users.map((u) => ({
      to: u.email,
      subject: before ? `Gewijzigd: gesprek ${group.name}` : `Uitnodiging voor het gesprek ${group.name}`,
      text:
        `${first.provider.name} is uitgenodigd voor het gesprek in de selectiegroep ${group.name} ` +
        `(${invitations.map((i) => i.school.name).join(", ")}).\n\nWanneer: ${when}\nWaar: ${input.location}\n\n` +
        `Bevestig het gesprek in het portaal: ${baseUrl()}${INTERVIEWS_PATH}`,
    })), now);
    return interview;
  });
}

/** The provider confirms its own interview slot, before it starts. */
export async function confirmInterview({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: { interviewId: string }; now: Date }) {
  if (actor.role !== "PROVIDER") throw new DomainError("FORBIDDEN");
  const interview = await db.interview.findFirst({ where: { id: input.interviewId, providerOrganisationId: actor.organisationId, selectionGroup: { procedureId } } });
  if (!interview) throw new DomainError("NOT_FOUND", "Dit gesprek bestaat niet of is niet voor uw organisatie.");
  if (interview.confirmedAt) return interview;
  if (interview.startsAt.getTime() <= now.getTime()) {
    throw new DomainError("PHASE_CLOSED", `Dit gesprek is al begonnen (${formatDateTimeWithZone(interview.startsAt)}); bevestigen kan niet meer.`);
  }
  return db.$transaction(async (tx) => {
    const claimed = await tx.interview.updateMany({ where: { id: interview.id, confirmedAt: null, startsAt: interview.startsAt }, data: { confirmedAt: now, confirmedById: actor.userId } });
    if (claimed.count !== 1) throw new DomainError("CONFLICT", "Dit gesprek is intussen gewijzigd of al bevestigd. Laad de pagina opnieuw.");
    await recordAudit(tx, actor, now, { action: "interview.confirm", entityType: "Interview", entityId: interview.id, procedureId, after: { startsAt: interview.startsAt.toISOString() } });
    return tx.interview.findUniqueOrThrow({ where: { id: interview.id } });
  });
}
