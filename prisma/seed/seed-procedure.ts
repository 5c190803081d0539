import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addLocalDays, startOfLocalDay, startOfNextLocalDay } from "../../lib/domain/local-time";
import {
  clusterSeeds,
  councilSeeds,
  exclusionGroundSeeds,
  excludedProductCodeSeeds,
  milestoneSeeds,
  municipalitySeeds,
  procedureSeed,
  procedureTextSeeds,
  scoreLevelSeeds,
  segmentSeeds,
  selectionGroupSeeds,
  servicebureauSeed,
  topicSeeds,
  type MilestoneSeed,
} from "./haaglanden";
import { ensureOrganisation } from "./organisations";

// Loads the Haaglanden procedure. Create-if-missing throughout: running it
// again changes nothing, and never overwrites what staff have since edited.

export function milestoneInstants(m: MilestoneSeed): { opensAt: Date; closesAt: Date | null } {
  const opensAt = startOfLocalDay(m.opensOn);
  if (!m.isWindow) return { opensAt, closesAt: null };
  if (m.durationDays) return { opensAt, closesAt: startOfNextLocalDay(addLocalDays(m.opensOn, m.durationDays - 1)) };
  return { opensAt, closesAt: m.lastDay ? startOfNextLocalDay(m.lastDay) : null };
}

export async function seedProcedure(db: PrismaClient, options: {
  examplePupilCounts: boolean;
  /** The "x" of "at most x employees" (the seeds leave it open; staff set it): only when the procedure is created. */
  maxEmployeesPerSchool?: number | null;
}) {
  const { contractStartOn, contractEndOn, ...rest } = procedureSeed;
  const procedure = await db.procedure.upsert({
    where: { slug: procedureSeed.slug },
    update: {},
    create: {
      ...rest,
      maxEmployeesPerSchool: options.maxEmployeesPerSchool ?? rest.maxEmployeesPerSchool,
      contractStartOn: new Date(`${contractStartOn}T00:00:00Z`),
      contractEndOn: new Date(`${contractEndOn}T00:00:00Z`),
    },
  });
  const procedureId = procedure.id;

  await ensureOrganisation(db, { kind: "SERVICEBUREAU", name: servicebureauSeed.name, contactEmail: servicebureauSeed.contactEmail });
  for (const council of councilSeeds) await ensureOrganisation(db, { kind: "COUNCIL", name: council.name });

  for (const [sortOrder, s] of segmentSeeds.entries()) {
    await db.segment.upsert({
      where: { procedureId_code: { procedureId, code: s.code } },
      update: {},
      create: { procedureId, code: s.code, name: s.name, isSubject: s.isSubject, sortOrder },
    });
  }

  for (const [sortOrder, m] of milestoneSeeds.entries()) {
    const { opensAt, closesAt } = milestoneInstants(m);
    await db.milestone.upsert({
      where: { procedureId_key: { procedureId, key: m.key } },
      update: {},
      create: { procedureId, key: m.key, title: m.title, description: m.description, opensAt, closesAt, isWindow: m.isWindow, sortOrder },
    });
  }

  const groupIds = new Map<string, string>();
  for (const [sortOrder, g] of selectionGroupSeeds.entries()) {
    const group = await db.selectionGroup.upsert({
      where: { procedureId_code: { procedureId, code: g.code } },
      update: {},
      create: { procedureId, code: g.code, name: g.name, sortOrder },
    });
    groupIds.set(g.code, group.id);
  }

  const municipalityIds = new Map<string, string>();
  for (const m of municipalitySeeds) {
    const org = await ensureOrganisation(db, { kind: "MUNICIPALITY", name: m.name });
    municipalityIds.set(m.code, org.id);
  }

  let schoolOrder = 0;
  for (const [sortOrder, c] of clusterSeeds.entries()) {
    const cluster = await db.cluster.upsert({
      where: { procedureId_code: { procedureId, code: c.code } },
      update: {},
      create: {
        procedureId, code: c.code, name: c.name, scope: c.scope, level: c.level,
        fteMin: c.fteMin, fteMax: c.fteMax, minExperienceMonths: c.minExperienceMonths, sortOrder,
      },
    });
    for (const [order, r] of c.requirements.entries()) {
      await db.requirement.upsert({
        where: { clusterId_code: { clusterId: cluster.id, code: r.code } },
        update: {},
        create: { clusterId: cluster.id, kind: r.kind, code: r.code, text: r.text, sortOrder: order },
      });
    }
    for (const s of c.schools) {
      const organisation = await ensureOrganisation(db, { kind: "SCHOOL", name: s.name, street: s.street, city: s.city });
      await db.school.upsert({
        where: { procedureId_name: { procedureId, name: s.name } },
        update: {},
        create: {
          procedureId, clusterId: cluster.id, name: s.name, street: s.street, city: s.city,
          organisationId: organisation.id,
          municipalityId: mustGet(municipalityIds, s.municipality),
          selectionGroupId: mustGet(groupIds, s.group),
          pupilCount: options.examplePupilCounts ? s.examplePupils : null,
          pupilCountIsExample: options.examplePupilCounts,
          sortOrder: schoolOrder++,
        },
      });
    }
  }

  for (const t of topicSeeds) {
    await db.topic.upsert({
      where: { procedureId_number: { procedureId, number: t.number } },
      update: {},
      create: { procedureId, ...t },
    });
  }
  for (const l of scoreLevelSeeds) {
    await db.scoreLevel.upsert({ where: { procedureId_value: { procedureId, value: l.value } }, update: {}, create: { procedureId, ...l } });
  }
  for (const p of excludedProductCodeSeeds) {
    await db.excludedProductCode.upsert({ where: { procedureId_code: { procedureId, code: p.code } }, update: {}, create: { procedureId, ...p } });
  }
  for (const [sortOrder, g] of exclusionGroundSeeds.entries()) {
    await db.exclusionGround.upsert({
      where: { procedureId_code: { procedureId, code: g.code } },
      update: {},
      create: { procedureId, code: g.code, text: g.text, isExample: true, sortOrder },
    });
  }
  if ((await db.procedureText.count({ where: { procedureId } })) === 0) {
    await db.procedureText.createMany({
      data: Object.entries(procedureTextSeeds).flatMap(([kind, texts]) =>
        texts.map((text, sortOrder) => ({ procedureId, kind: kind as keyof typeof procedureTextSeeds, text, sortOrder })),
      ),
    });
  }
  return procedure;
}

function mustGet(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Seed data refers to unknown key ${key}`);
  return value;
}
