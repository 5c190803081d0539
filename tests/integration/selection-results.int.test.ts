import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { sha256Hex } from "@/lib/domain/receipts";
import { runDraw, verifyDraw, type DrawRecord } from "@/lib/domain/selection/draw";
import { db } from "@/lib/server/db";
import { getProviderResultForStaff, getSelectionResult, listOwnResults } from "@/lib/server/queries/selection-outcomes";
import { getSchoolChoiceView, listOwnInterviews, loadSchoolRanking } from "@/lib/server/queries/selection-results";
import { confirmInterview, scheduleInterview } from "@/lib/server/services/interviews";
import { fixInterviewInvitations } from "@/lib/server/services/ranking";
import { submitInterviewAssessment, submitSchoolChoice } from "@/lib/server/services/school-choice";
import { publishSchoolResult } from "@/lib/server/services/selection-publication";
import { toXlsx } from "@/lib/server/exports/budget-export";
import { buildScoreMatrix } from "@/lib/server/exports/score-matrix";
import { buildResultLetter } from "@/lib/server/exports/result-letter";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor, createProvider } from "./support/actors";

// Ranking, tie resolution, interviews, the school's choice and publication
// (issue 7 part 2). The consensus sheets of part 1 are written directly.

const scoringAt = localDateTimeToInstant("2025-11-05T09:00");
const afterInterview = localDateTimeToInstant("2025-11-12T12:00");
const choosing = localDateTimeToInstant("2025-11-24T10:00");
const publishing = localDateTimeToInstant("2025-11-28T10:00");
const key = () => crypto.randomUUID();

let procedureId: string;
let staff: Actor;
let school: Actor;
let otherSchool: Actor;
let schoolId: string;
let groupId: string;
/** Providers by name, highest total first: A 21, B 20, C 19, D 18, De Brug 16, Kompas 16 (a tie at places 5 and 6 of 5). */
let providers: Actor[];
let topics: { id: string; number: number }[];

/** Seven topic scores (1–3) adding up to `total`. */
function scoresFor(total: number): number[] {
  const scores = [3, 3, 3, 3, 3, 3, 3];
  for (let over = 21 - total, i = 0; over > 0; over--, i = (i + 1) % 7) scores[i] = (scores[i] as number) - 1;
  return scores;
}

async function candidate(actor: Actor, total: number) {
  await db.writtenPlan.create({ data: { procedureId, schoolId, organisationId: actor.organisationId, status: "SUBMITTED", submittedAt: localDateTimeToInstant("2025-10-30T10:00") } });
  const scores = scoresFor(total);
  await db.scoreSheet.create({
    data: {
      kind: "CONSENSUS", schoolId, providerOrganisationId: actor.organisationId, status: "SUBMITTED", submittedAt: scoringAt,
      conclusion: `Conclusie over ${actor.organisationName}: een bruikbaar plan met duidelijke keuzes.`,
      items: { create: topics.map((t, i) => ({ topicId: t.id, score: scores[i] as number, explanation: `Geheime toelichting ${actor.organisationName} onderwerp ${t.number}: het plan is concreet uitgewerkt.` })) },
    },
  });
}

const byName = (name: string) => providers.find((p) => p.organisationName === name) as Actor;
const nameOf = (providerId: string) => providers.find((p) => p.organisationId === providerId)?.organisationName ?? providerId;

/** The text a PDF made with compress: false shows, without white space (pdfkit writes WinAnsi strings as hex in TJ operators and wraps lines). */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString("latin1").matchAll(/\[([^\]]*)\] TJ/g)]
    .map((m) => [...(m[1] ?? "").matchAll(/<([0-9a-f]+)>/g)].map((h) => Buffer.from(h[1] ?? "", "hex").toString("latin1")).join(""))
    .join("").replace(/\s+/g, "");
}
const squeeze = (text: string) => text.replace(/\s+/g, "");
const invite = (tieMethod: "" | "DRAW" | "INVITE_ALL", reason = "", now = scoringAt, actor = staff) =>
  fixInterviewInvitations({ actor, procedureId, input: { schoolId, tieMethod, reason }, now });

async function invitedIds() {
  return (await db.interviewInvitation.findMany({ where: { schoolId, invited: true } })).map((i) => i.providerOrganisationId).sort();
}

/** Invites by a draw, schedules the interviews of the invited providers and has the school assess them all. */
async function throughInterviews() {
  await invite("DRAW");
  for (const providerId of await invitedIds()) {
    await scheduleInterview({ actor: staff, procedureId, now: scoringAt, input: { selectionGroupId: groupId, providerId, date: "2025-11-12", startTime: "09:00", endTime: "10:00", location: "SBO Prinsenhof, Pijnacker" } });
  }
  for (const providerId of await invitedIds()) await assess(providerId);
}

function assess(providerId: string, now = afterInterview, actor = school) {
  return submitInterviewAssessment({
    actor, procedureId, now, idempotencyKey: key(),
    input: {
      schoolId, providerId, conclusion: "Een goed gesprek met een team dat de school begrijpt.",
      items: Object.fromEntries(topics.map((t) => [t.id, { score: "2", explanation: `In het gesprek over onderwerp ${t.number} gaf ${nameOf(providerId)} concrete voorbeelden.` }])),
    },
  });
}

const motivation = "Deze aanbieder sluit het best aan bij onze leerlingen en ons team.";
const advantages = "Een vast team dat direct beschikbaar is en de school al kent.";
const choose = (providerIds: string[], extra: Partial<{ motivation: string; advantages: string }> = {}, actor = school, now = choosing) =>
  submitSchoolChoice({ actor, procedureId, now, idempotencyKey: key(), input: { schoolId, providerIds, motivation, advantages, ...extra } });

describe("ranking, interviews, the school's choice and publication", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: scoringAt })).procedureId;
    staff = await actorFor(demoAccounts.staff.email);
    school = await actorFor(demoAccounts.school.email);
    otherSchool = await actorFor(demoAccounts.school2.email);
    const prinsenhof = await db.school.findFirstOrThrow({ where: { name: "SBO Prinsenhof" } });
    schoolId = prinsenhof.id;
    groupId = prinsenhof.selectionGroupId;
    topics = await db.topic.findMany({ where: { procedureId }, orderBy: { number: "asc" } });
    providers = [
      await createProvider("Aanbieder A", "a@aanbieder-a.example"),
      await createProvider("Aanbieder B", "b@aanbieder-b.example"),
      await createProvider("Aanbieder C", "c@aanbieder-c.example"),
      await createProvider("Aanbieder D", "d@aanbieder-d.example"),
      await actorFor(demoAccounts.provider.email),
      await actorFor(demoAccounts.provider2.email),
    ];
    for (const [p, total] of providers.map((p, i) => [p, [21, 20, 19, 18, 16, 16][i] as number] as const)) await candidate(p, total);
  });

  it("never resolves a tie at places 5/6 silently: without a decision nothing is written", async () => {
    const ranking = await loadSchoolRanking(procedureId, schoolId);
    expect(ranking.preview?.tiedAtCutoff.map((p) => p.providerId).sort()).toEqual([byName("Jeugdhulp De Brug").organisationId, byName("Kompas Jeugd en Gezin").organisationId].sort());
    expect(ranking.preview?.openSlots).toBe(1);
    await expect(invite("")).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("gelijke stand op de grens") });
    await expect(invite("DRAW", "", scoringAt, school)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.interviewInvitation.count()).toBe(0);
    expect(await db.tieResolution.count()).toBe(0);
  });

  it("resolves the tie by a reproducible draw: seed and participants recorded, re-running gives the recorded outcome", async () => {
    const result = await invite("DRAW");
    expect(result).toMatchObject({ invited: 5, notInvited: 1 });
    const tie = await db.tieResolution.findFirstOrThrow({ where: { schoolId } });
    expect(tie.method).toBe("DRAW");
    expect(tie.seed).toMatch(/^[0-9a-f]{64}$/);
    const tied = [byName("Jeugdhulp De Brug").organisationId, byName("Kompas Jeugd en Gezin").organisationId].sort();
    expect(tie.participants).toEqual(tied);
    const rerun = runDraw(tie.seed as string, tie.participants as string[], 1);
    expect((tie.outcome as { winnerIds: string[] }).winnerIds).toEqual(rerun.winnerIds);
    expect(verifyDraw(tie.seed as string, { participants: tie.participants, outcome: tie.outcome } as DrawRecord)).toBe(true);
    // The winner is invited, the other tied provider not; ranks 5 and 5 stay recorded.
    const rows = await db.interviewInvitation.findMany({ where: { schoolId }, orderBy: { rank: "asc" } });
    expect(rows.map((r) => [r.rank, r.totalScore])).toEqual([[1, 21], [2, 20], [3, 19], [4, 18], [5, 16], [5, 16]]);
    expect(rows.find((r) => r.providerOrganisationId === rerun.winnerIds[0])?.invited).toBe(true);
    expect(rows.filter((r) => !r.invited).map((r) => r.providerOrganisationId)).toEqual(tied.filter((id) => id !== rerun.winnerIds[0]));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "selection.tie.draw" } });
    expect(audit.after).toMatchObject({ seed: tie.seed, participants: tied });
    expect((await loadSchoolRanking(procedureId, schoolId)).ties[0]?.verified).toBe(true);
    // Fixed once: a second determination is refused and changes nothing.
    await expect(invite("DRAW")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.tieResolution.count()).toBe(1);
  });

  it("resolves the tie by inviting all tied providers, only with a recorded reason", async () => {
    await expect(invite("INVITE_ALL", "Omdat")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: expect.any(String) } });
    expect(await db.interviewInvitation.count()).toBe(0);
    const reason = "Beide aanbieders scoren gelijk en de selectiegroep heeft ruimte voor een extra gesprek.";
    expect(await invite("INVITE_ALL", reason)).toMatchObject({ invited: 6, notInvited: 0 });
    const tie = await db.tieResolution.findFirstOrThrow({ where: { schoolId } });
    expect(tie).toMatchObject({ method: "INVITE_ALL", reason, seed: null });
    expect(await db.auditEvent.count({ where: { action: "selection.tie.inviteAll" } })).toBe(1);
  });

  it("schedules interviews in Amsterdam time; the provider confirms its own, and is told when it is not invited", async () => {
    await invite("DRAW");
    const [winner] = await invitedIds();
    const loser = (await db.interviewInvitation.findFirstOrThrow({ where: { schoolId, invited: false } })).providerOrganisationId;
    await expect(scheduleInterview({ actor: staff, procedureId, now: scoringAt, input: { selectionGroupId: groupId, providerId: loser, date: "2025-11-12", startTime: "09:00", endTime: "10:00", location: "Pijnacker" } }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(scheduleInterview({ actor: staff, procedureId, now: scoringAt, input: { selectionGroupId: groupId, providerId: winner as string, date: "2025-11-12", startTime: "10:00", endTime: "09:00", location: "Pijnacker" } }))
      .rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { endTime: expect.any(String) } });
    const interview = await scheduleInterview({ actor: staff, procedureId, now: scoringAt, input: { selectionGroupId: groupId, providerId: winner as string, date: "2025-11-12", startTime: "09:30", endTime: "10:30", location: "SBO Prinsenhof" } });
    expect(interview.startsAt.toISOString()).toBe("2025-11-12T08:30:00.000Z");
    const winnerActor = providers.find((p) => p.organisationId === winner) as Actor;
    const loserActor = providers.find((p) => p.organisationId === loser) as Actor;
    await expect(confirmInterview({ actor: loserActor, procedureId, input: { interviewId: interview.id }, now: scoringAt })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await confirmInterview({ actor: winnerActor, procedureId, input: { interviewId: interview.id }, now: scoringAt })).confirmedAt).toEqual(scoringAt);
    expect((await listOwnInterviews(loserActor, procedureId)).invitations).toEqual([expect.objectContaining({ school: "SBO Prinsenhof", invited: false })]);
    expect(JSON.stringify(await listOwnInterviews(loserActor, procedureId))).not.toMatch(/totalScore|rank/);
    expect(await db.outboundEmail.count({ where: { toAddress: winnerActor.email } })).toBe(1);
  });

  it("refuses bad choices on the server with Dutch messages, and writes nothing", async () => {
    await throughInterviews();
    const invited = await invitedIds();
    const notInvited = (await db.interviewInvitation.findFirstOrThrow({ where: { schoolId, invited: false } })).providerOrganisationId;
    await expect(choose([])).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { providerIds: "Kies 1 of 2 aanbieders. U heeft geen aanbieder gekozen." } });
    await expect(choose(invited.slice(0, 3))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { providerIds: "Kies 1 of 2 aanbieders. U koos er 3." } });
    await expect(choose([notInvited])).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { providerIds: expect.stringContaining("uitgenodigd") } });
    await expect(choose([invited[0] as string], { motivation: "" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { motivation: "Motiveer uw keuze." } });
    await expect(choose([invited[0] as string], { advantages: "" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { advantages: expect.any(String) } });
    await expect(choose([invited[0] as string], {}, otherSchool)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(choose([invited[0] as string], {}, school, afterInterview)).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    await expect(assess(invited[0] as string, afterInterview, otherSchool)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assess(notInvited)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.schoolChoice.count()).toBe(0);
    expect(await db.receipt.count({ where: { kind: "CHOICE" } })).toBe(0);
    const { receipt } = await choose([invited[0] as string, invited[1] as string]);
    expect(receipt).toMatchObject({ kind: "CHOICE", version: 1 });
    expect(await db.schoolChoice.findFirstOrThrow({ include: { providers: true } })).toMatchObject({ version: 1, status: "SUBMITTED", providers: expect.arrayContaining([expect.objectContaining({ providerOrganisationId: invited[0] })]) });
  });

  it("refuses a choice before the school has assessed every interview", async () => {
    await invite("DRAW");
    const [first] = await invitedIds();
    await scheduleInterview({ actor: staff, procedureId, now: scoringAt, input: { selectionGroupId: groupId, providerId: first as string, date: "2025-11-12", startTime: "09:00", endTime: "10:00", location: "Pijnacker" } });
    await expect(assess(first as string, scoringAt)).rejects.toMatchObject({ code: "PHASE_CLOSED" }); // before the interview
    await expect(choose([first as string])).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Leg eerst de beoordeling van het gesprek vast") });
    expect(await db.schoolChoice.count()).toBe(0);
  });

  it("publishes only after the school's choice; gates the result for every role before and after; mails everyone at once", async () => {
    await throughInterviews();
    await expect(publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("nog niet ingediend") });
    expect(await db.outboundEmail.count({ where: { subject: { contains: "Uitslag" } } })).toBe(0);

    const chosen = byName("Aanbieder A");
    await choose([chosen.organisationId]);
    const notInvited = (await db.interviewInvitation.findFirstOrThrow({ where: { schoolId, invited: false } })).providerOrganisationId;
    const loser = providers.find((p) => p.organisationId === notInvited) as Actor;
    const municipality = await actorFor(demoAccounts.municipality.email);
    const council = await actorFor(demoAccounts.council.email);
    const otherMunicipalityOrg = await db.organisation.findFirstOrThrow({ where: { kind: "MUNICIPALITY", id: { not: municipality.organisationId } } });
    const otherMunicipality: Actor = { ...municipality, organisationId: otherMunicipalityOrg.id };
    const read = (actor: Actor | null, now = publishing) => getSelectionResult(actor, procedureId, schoolId, now);

    // Before publication: only staff and the school itself.
    for (const actor of [chosen, loser, municipality, council, otherSchool, null]) {
      await expect(read(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await listOwnResults(chosen, procedureId, publishing)).toEqual([]);
    expect(await read(school)).toMatchObject({ audience: "SCHOOL", published: false, chosen: ["Aanbieder A"] });
    expect(await read(staff)).toMatchObject({ audience: "STAFF", published: false });
    await expect(publishSchoolResult({ actor: municipality, procedureId, input: { schoolId }, now: publishing })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const published = await publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing });
    expect(published.standstillEndsAt.toISOString()).toBe("2025-12-18T23:00:00.000Z"); // 19 December 00:00 CET: 20 days from 29 November
    // Every provider that submitted a plan (six organisations, one user each) and the school's user.
    const mails = await db.outboundEmail.findMany({ where: { subject: { contains: "Uitslag selectie SBO Prinsenhof" } } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([...providers.map((p) => p.email), school.email].sort());
    expect(mails.every((m) => m.createdAt.getTime() === publishing.getTime())).toBe(true);
    expect(mails.find((m) => m.toAddress === chosen.email)?.textBody).toContain("De school heeft uw organisatie gekozen");
    expect(mails.find((m) => m.toAddress === loser.email)?.textBody).toContain("18 december 2025");
    await expect(publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(choose([chosen.organisationId], {}, school, publishing)).rejects.toMatchObject({ code: "CONFLICT" });

    // After: each provider sees its own scores and explanations, never another's.
    const own = await read(loser);
    expect(own).toMatchObject({ audience: "PROVIDER", result: { own: { invited: false, totalScore: 16, rank: 5 }, chosen: [{ name: "Aanbieder A", isSelf: false }], motivation, advantages } });
    const text = JSON.stringify(own);
    expect(text).toContain(`Geheime toelichting ${loser.organisationName} onderwerp 1`);
    for (const other of providers.filter((p) => p !== loser)) expect(text).not.toContain(`Geheime toelichting ${other.organisationName}`);
    const list = await listOwnResults(chosen, procedureId, publishing);
    expect(list).toHaveLength(1);
    expect(list[0]?.own.items).toHaveLength(7);
    expect(list[0]?.chosen).toEqual([{ name: "Aanbieder A", isSelf: true }]);
    expect(JSON.stringify(list)).not.toContain("Geheime toelichting Aanbieder B");
    expect(await read(municipality)).toMatchObject({ audience: "MUNICIPALITY", chosen: ["Aanbieder A"], motivation });
    for (const actor of [otherMunicipality, council, null]) {
      const view = await read(actor);
      expect(view).toMatchObject({ audience: "PUBLIC", chosen: ["Aanbieder A"], motivation: null });
      expect(JSON.stringify(view)).not.toContain("Geheime toelichting");
    }
    await expect(read(otherSchool)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { action: "results.publish" } })).toBe(1);
  });

  it("exports a score matrix per school and per group and a result letter per provider", async () => {
    await throughInterviews();
    await choose([byName("Aanbieder A").organisationId]);
    const matrix = await buildScoreMatrix(procedureId, { schoolId });
    expect(matrix.sections[0]?.rows).toHaveLength(6);
    expect(matrix.sections[0]?.header).toEqual(expect.arrayContaining(["Rang", "Aanbieder", "Totaal", "Uitgenodigd", "Gekozen"]));
    const group = await buildScoreMatrix(procedureId, { selectionGroupId: groupId });
    expect(group.sections.map((s) => s.title)).toEqual(["SBO Prinsenhof", "SBO Laurentiusschool", "Gelijke stand en keuze"]);
    const notes = group.sections.at(-1)?.rows ?? [];
    const draw = notes.find((row) => row[1]?.kind === "text" && row[1].value === "Loting");
    expect(draw?.[8]).toEqual({ kind: "text", value: "ja" }); // the draw re-ran to the same outcome
    expect((await toXlsx(group.sections)).subarray(0, 2).toString()).toBe("PK");
    const draft = await buildResultLetter(procedureId, schoolId, byName("Aanbieder B").organisationId, publishing);
    expect(draft.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(draft.fileName).toBe("uitslag-sbo-prinsenhof-aanbieder-b.pdf");
    await expect(buildResultLetter(procedureId, schoolId, otherSchool.organisationId, publishing)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the draw loser the draw with the seed and its own ticket, and no other provider's id, name or scores", async () => {
    await throughInterviews();
    const tie = await db.tieResolution.findFirstOrThrow({ where: { schoolId } });
    const loser = providers.find((p) => p.organisationId === (tie.participants as string[]).find((id) => !(tie.outcome as { winnerIds: string[] }).winnerIds.includes(id))) as Actor;
    const winner = providers.find((p) => p !== loser && (tie.participants as string[]).includes(p.organisationId)) as Actor;
    const ownTicket = sha256Hex(`${tie.seed}:${loser.organisationId}`);

    // At once, on the interviews page: the draw, without its place or score.
    const interviews = await listOwnInterviews(loser, procedureId);
    expect(interviews.invitations[0]?.tie).toMatchObject({ method: "DRAW", invited: false, othersCount: 1, openSlots: 1, draw: { seed: tie.seed, ownId: loser.organisationId, ownTicket, ownPosition: 2, verified: true } });
    expect(JSON.stringify(interviews)).not.toMatch(/totalScore|rank/);
    expect(JSON.stringify(interviews)).not.toContain(winner.organisationId);
    // A provider outside the tie sees no tie.
    expect((await listOwnInterviews(byName("Aanbieder A"), procedureId)).invitations[0]?.tie).toBeNull();
    // The school itself sees the full record, with both participants by name.
    const schoolView = await getSchoolChoiceView(school, procedureId, schoolId, publishing);
    expect(schoolView.ties).toEqual([expect.objectContaining({ method: "DRAW", seed: tie.seed, verified: true })]);
    expect([...schoolView.tieNames.values()].sort()).toEqual([loser.organisationName, winner.organisationName].sort());

    await choose([byName("Aanbieder A").organisationId]);
    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing });
    const [result] = await listOwnResults(loser, procedureId, publishing);
    expect(result).toMatchObject({ own: { rank: 5, totalScore: 16, invited: false }, interview: null, tie: { method: "DRAW", invited: false, draw: { seed: tie.seed, ownTicket } } });
    expect(result?.tie?.draw?.tickets.map((t) => [t.position, t.own, t.drawn])).toEqual([[1, false, true], [2, true, false]]);
    const text = JSON.stringify(result);
    for (const other of providers.filter((p) => p !== loser)) {
      expect(text).not.toContain(other.organisationId);
      expect(text).not.toContain(`Geheime toelichting ${other.organisationName}`);
      expect(text).not.toContain(`gaf ${other.organisationName}`);
    }
    expect(text).not.toContain(winner.organisationName);

    // The result letter explains the tie in the same words.
    const letter = pdfText((await buildResultLetter(procedureId, schoolId, loser.organisationId, publishing, { compress: false })).pdf);
    expect(letter).toContain(squeeze(`Op plaats 5 stonden u en 1 andere aanbieder gelijk, voor 1 plaats bij het gesprek. Het Servicebureau heeft op 5 november 2025 09:00 CET geloot: seed ${tie.seed}`));
    expect(letter).toContain(squeeze(`uw lot ${ownTicket} kwam op positie 2 van 2; u bent niet uitgenodigd.`));
    expect(letter).not.toContain(winner.organisationId);
    expect(letter).not.toContain(squeeze("Beoordeling van uw gesprek"));
  });

  it("shows an interviewed provider the school's interview assessment per topic, and no other provider's", async () => {
    await throughInterviews();
    const a = byName("Aanbieder A");
    const b = byName("Aanbieder B");
    await choose([a.organisationId]);
    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing });
    const [own] = await listOwnResults(b, procedureId, publishing);
    expect(own?.interview?.conclusion).toBe("Een goed gesprek met een team dat de school begrijpt.");
    expect(own?.interview?.items).toHaveLength(7);
    expect(own?.interview?.items[0]).toEqual({ number: 1, title: expect.any(String), score: 2, explanation: "In het gesprek over onderwerp 1 gaf Aanbieder B concrete voorbeelden." });
    expect(JSON.stringify(own)).not.toContain("gaf Aanbieder A");
    expect(own?.tie).toBeNull();
    const letter = pdfText((await buildResultLetter(procedureId, schoolId, b.organisationId, publishing, { compress: false })).pdf);
    expect(letter).toContain(squeeze("Beoordeling van uw gesprek per onderwerp"));
    expect(letter).toContain(squeeze("In het gesprek over onderwerp 7 gaf Aanbieder B concrete voorbeelden."));
    expect(letter).not.toContain(squeeze("gaf Aanbieder A"));
  });

  it("hides a result published after `now` (a demo clock set back) from providers and the public, and marks it unpublished for the school and the letter", async () => {
    await throughInterviews();
    const a = byName("Aanbieder A");
    await choose([a.organisationId]);
    await publishSchoolResult({ actor: staff, procedureId, input: { schoolId }, now: publishing });
    const before = new Date(publishing.getTime() - 60_000);
    expect(await listOwnResults(a, procedureId, before)).toEqual([]);
    for (const actor of [a, await actorFor(demoAccounts.municipality.email), null]) {
      await expect(getSelectionResult(actor, procedureId, schoolId, before)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await getSelectionResult(school, procedureId, schoolId, before)).toMatchObject({ audience: "SCHOOL", published: false });
    expect((await getSchoolChoiceView(school, procedureId, schoolId, before)).published).toBeNull();
    expect(await getProviderResultForStaff(procedureId, schoolId, a.organisationId, before)).toMatchObject({ published: false });
    // From the publication instant on, it shows.
    expect(await listOwnResults(a, procedureId, publishing)).toHaveLength(1);
    expect(await getSelectionResult(null, procedureId, schoolId, publishing)).toMatchObject({ audience: "PUBLIC", chosen: ["Aanbieder A"] });
  });
});
