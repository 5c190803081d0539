import { localDateTimeToInstant, startOfNextLocalDay } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { actorFor } from "./actors";

export { actorFor };

// Shared set-up of the selection tests (written round and scoring): actors,
// admission decisions written directly (admission has its own tests), and
// plan and score contents that pass the domain checks.

export const beforeAnnouncement = localDateTimeToInstant("2025-10-14T12:00");
export const writing = localDateTimeToInstant("2025-10-20T10:00");
export const lastSecond = localDateTimeToInstant("2025-10-31T23:59:59");
export const closed = startOfNextLocalDay("2025-10-31");
export const scoring = localDateTimeToInstant("2025-11-05T09:00");
export const key = () => crypto.randomUUID();

export async function schoolNamed(name: string) {
  return db.school.findFirstOrThrow({ where: { name }, include: { cluster: true } });
}

/** A submitted admission application of the organisation for one cluster, with a decision. */
export async function decideAdmission(procedureId: string, organisationId: string, clusterId: string, outcome: "ADMITTED" | "NOT_ADMITTED", confirmed = true) {
  const staff = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.staff.email } });
  const staff2 = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.staff2.email } });
  const decidedAt = localDateTimeToInstant("2025-10-06T10:00");
  return db.admissionApplication.create({
    data: {
      procedureId, organisationId, status: "SUBMITTED", submittedAt: localDateTimeToInstant("2025-09-20T10:00"),
      clusters: {
        create: [{
          clusterId,
          decision: {
            create: {
              outcome, motivation: "Beoordeeld op de eisen van het cluster.", decidedById: staff.id, decidedAt,
              ...(outcome === "NOT_ADMITTED" && confirmed ? { confirmedById: staff2.id, confirmedAt: decidedAt } : {}),
            },
          },
        }],
      },
    },
  });
}

export async function listTopicRows(procedureId: string) {
  return db.topic.findMany({ where: { procedureId }, orderBy: { number: "asc" } });
}

/** A complete plan: a distinct text per topic. */
export async function planAnswers(procedureId: string, prefix = "Onze aanpak") {
  const topics = await listTopicRows(procedureId);
  return Object.fromEntries(topics.map((t) => [t.id, { body: `${prefix} voor onderwerp ${t.number}: ${t.title}.` }]));
}

/** Scores with a real, distinct explanation per topic. */
export async function scoreItems(procedureId: string, score: (n: number) => string = () => "2") {
  const topics = await listTopicRows(procedureId);
  return Object.fromEntries(
    topics.map((t) => [t.id, { score: score(t.number), explanation: `Bij onderwerp ${t.number} beschrijft het plan concreet wat de aanbieder op school doet.` }]),
  );
}

/** An extra user of a school's organisation. */
export async function createSchoolUser(organisationId: string, email: string, name: string) {
  const u = await db.user.create({ data: { email, name, role: "SCHOOL", organisationId, emailVerifiedAt: new Date() } });
  return actorFor(u.email);
}
