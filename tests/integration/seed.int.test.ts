import { beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed/index";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { db } from "@/lib/server/db";
import { startOfLocalDay, startOfNextLocalDay } from "@/lib/domain/local-time";
import { resetDatabase } from "./setup/reset";

const now = new Date("2025-05-01T10:00:00Z");

describe("seed", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("loads the whole Haaglanden procedure from SPEC.md", async () => {
    await seedDatabase(db, { demo: true, now });
    const procedure = await db.procedure.findFirstOrThrow();
    expect(procedure.maxInvitedPerSchool).toBe(5);
    // SPEC §9 "at least 2 and at most x employees": the demo sets an example x; staff set it in production.
    expect([procedure.minEmployeesPerSchool, procedure.maxEmployeesPerSchool]).toEqual([2, 6]);
    expect([procedure.minChosenPerSchool, procedure.maxChosenPerSchool]).toEqual([1, 2]);

    expect(await db.segment.count()).toBe(5);
    expect((await db.segment.findFirstOrThrow({ where: { isSubject: true } })).name).toBe("Onderwijs-Jeugdhulp");

    const clusters = await db.cluster.findMany({ orderBy: { sortOrder: "asc" }, include: { schools: true, requirements: true } });
    expect(clusters.map((c) => [c.code, c.fteMin.toString(), c.fteMax.toString(), c.schools.length])).toEqual([
      ["C4_SO_VSO", "3", "4", 4],
      ["SBO", "4", "5", 5],
      ["C3_SO", "0.5", "0.5", 1],
    ]);
    expect(clusters[2]?.requirements.map((r) => r.text)).toContain("Expertise op het gebied van (licht) verstandelijke beperking ((L)VB).");

    const schools = await db.school.findMany({ include: { municipality: true, selectionGroup: true } });
    expect(schools).toHaveLength(10);
    const prinsenhof = schools.find((s) => s.name === "SBO Prinsenhof");
    expect(prinsenhof).toMatchObject({ street: "Zilverreigerdreef 105", city: "Pijnacker", pupilCountIsExample: true });
    expect(prinsenhof?.municipality.name).toBe("Gemeente Pijnacker-Nootdorp");
    expect(prinsenhof?.selectionGroup.name).toBe("SBO Pijnacker en Delft");
    const keerkring = schools.find((s) => s.name === "Keerkring SO cluster 3");
    expect(keerkring?.selectionGroup.name).toBe("Keerkring (eigen groep)");

    const topics = await db.topic.findMany({ orderBy: { number: "asc" } });
    expect(topics).toHaveLength(7);
    expect(topics[0]?.title).toBe("Grens collectieve en individuele jeugdhulp op school");
    expect((await db.scoreLevel.findMany({ orderBy: { value: "asc" } })).map((l) => l.label)).toEqual(["onvoldoende", "voldoende", "goed"]);
    expect((await db.excludedProductCode.findMany()).map((p) => p.code).sort()).toEqual(["41S01", "41S02", "45ABS", "45S05", "45S09"]);
    expect(await db.selectionGroup.count()).toBe(5);
  });

  it("stores the timeline as instants in Europe/Amsterdam with exclusive ends", async () => {
    await seedDatabase(db, { demo: true, now });
    const byKey = new Map((await db.milestone.findMany()).map((m) => [m.key, m]));
    expect(byKey.size).toBe(12);
    const reaction = byKey.get("REACTION_PERIOD");
    expect(reaction?.opensAt.toISOString()).toBe("2025-05-18T22:00:00.000Z");
    expect(reaction?.closesAt?.toISOString()).toBe("2025-06-11T22:00:00.000Z");
    const optOut = byKey.get("OPT_OUT");
    expect(optOut?.opensAt).toEqual(startOfLocalDay("2025-07-09"));
    expect(optOut?.closesAt).toEqual(startOfNextLocalDay("2025-08-08"));
    expect(byKey.get("ADMISSION_ANNOUNCEMENT")?.opensAt).toEqual(startOfLocalDay("2025-10-15"));
    expect(byKey.get("PLAN_OF_APPROACH")?.closesAt).toEqual(startOfLocalDay("2026-02-14"));
    expect(byKey.get("MUNICIPAL_DECISION")?.closesAt).toEqual(startOfNextLocalDay("2025-07-07"));
  });

  it("is idempotent and keeps what staff changed since", async () => {
    await seedDatabase(db, { demo: true, now });
    const counts = async () => ({
      organisations: await db.organisation.count(),
      users: await db.user.count(),
      milestones: await db.milestone.count(),
      schools: await db.school.count(),
      texts: await db.procedureText.count(),
      requirements: await db.requirement.count(),
    });
    const first = await counts();
    const moved = startOfLocalDay("2025-06-13");
    await db.milestone.updateMany({ where: { key: "REACTION_PERIOD" }, data: { closesAt: moved } });
    await db.procedure.updateMany({ data: { maxEmployeesPerSchool: null } });
    await seedDatabase(db, { demo: true, now });
    expect(await counts()).toEqual(first);
    expect((await db.milestone.findFirstOrThrow({ where: { key: "REACTION_PERIOD" } })).closesAt).toEqual(moved);
    // Staff cleared the demo's maximum: seeding again does not put it back.
    expect((await db.procedure.findFirstOrThrow()).maxEmployeesPerSchool).toBeNull();
  });

  it("creates one account per demo role in demo mode", async () => {
    await seedDatabase(db, { demo: true, now });
    const users = await db.user.findMany({ include: { organisation: true } });
    expect(users.map((u) => u.email).sort()).toEqual(Object.values(demoAccounts).map((a) => a.email).sort());
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["STAFF", "PROVIDER", "SCHOOL", "MUNICIPALITY", "COUNCIL"]));
    for (const u of users) expect(u.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("in production creates no demo data, only a staff account without a password and a setup link", async () => {
    const result = await seedDatabase(db, { demo: false, adminEmail: "Beheer@SBJH.nl", now });
    const users = await db.user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "beheer@sbjh.nl", role: "STAFF", passwordHash: null });
    expect(result.adminSetupPath).toMatch(/^\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/);
    expect(await db.organisation.count({ where: { kind: "PROVIDER" } })).toBe(0);
    expect(await db.school.count({ where: { pupilCount: { not: null } } })).toBe(0);
    expect((await db.procedure.findFirstOrThrow()).maxEmployeesPerSchool).toBeNull();
    const token = await db.userToken.findFirstOrThrow();
    expect(token.kind).toBe("INVITATION");
    expect(result.adminSetupPath).not.toContain(token.tokenHash);
  });
});
