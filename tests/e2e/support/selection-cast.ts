import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { withDb } from "./database";
import { expect } from "./fixtures";
import { loginWithPassword, TOPICS, type Score } from "./selection";

// The cast of the selection journey (../selection.spec.ts) at SBO De
// Vuurtoren: six admitted providers with the consensus totals they will get,
// two evaluators, the texts each writes, and the state that belongs to other
// issues' journeys.
//
// Written straight into the e2e database, because it belongs to other
// issues' journeys: four more provider organisations with one user each (the
// demo password), an ADMITTED decision for the SBO cluster for all six (the
// admission journey rejects Kompas; the announcement has passed on the demo
// clock), and a second school user for De Vuurtoren to act as evaluator.
// All of it stays, with what the journey made: the journeys after this one
// do not read De Vuurtoren, these organisations or the SBO admissions.

const PREFIX = "e2e-sel";
export const SCHOOL = "SBO De Vuurtoren";
export const GROUP = "SBO Zoetermeer";

export interface Provider {
  name: string;
  /** Used in texts, so that every provider's plan and scores are its own. */
  short: string;
  /** The consensus total of its written plan, and the place it gives. */
  total: number;
  rank: number;
  login: { email: string; user: string };
  /** Set for the four created here; the demo providers' ids are read from the database. */
  id?: string;
}

const demoLogin = (key: "provider" | "provider2") => ({ email: demoAccounts[key].email, user: demoAccounts[key].name });
export const ANKER: Provider = { name: "Jeugdhulp Het Anker", short: "Het Anker", total: 21, rank: 1, login: { email: "aanbieder@hetanker.example", user: "Sem Bos" }, id: `${PREFIX}-org-a` };
export const KOMPAS: Provider = { name: "Kompas Jeugd en Gezin", short: "Kompas", total: 20, rank: 2, login: demoLogin("provider2") };
export const BRUG: Provider = { name: "Jeugdhulp De Brug", short: "De Brug", total: 19, rank: 3, login: demoLogin("provider") };
export const SAMEN: Provider = { name: "Samen Sterk Jeugdhulp", short: "Samen Sterk", total: 18, rank: 4, login: { email: "aanbieder@samensterk.example", user: "Lotte Kok" }, id: `${PREFIX}-org-b` };
// Equal totals: places 5 and 6. Within a place the ranking lists by id, so Stap Verder first.
export const STAP: Provider = { name: "Stap Verder Jeugdhulp", short: "Stap Verder", total: 16, rank: 5, login: { email: "aanbieder@stapverder.example", user: "Bram Peters" }, id: `${PREFIX}-org-c` };
export const VLINDER: Provider = { name: "Vlinder Jeugd en Gezin", short: "Vlinder", total: 16, rank: 5, login: { email: "aanbieder@vlinder.example", user: "Noor Smits" }, id: `${PREFIX}-org-d` };
export const PROVIDERS = [ANKER, KOMPAS, BRUG, SAMEN, STAP, VLINDER];
const CREATED = PROVIDERS.filter((p) => p.id);

export const EVALUATOR_1 = demoAccounts.school2; // Johan Visser, directie@vuurtoren.example
export const EVALUATOR_2 = { email: "ib@vuurtoren.example", name: "Ilse de Wit", id: `${PREFIX}-evaluator` };

export const planText = (p: Provider) => (n: number) => `${p.short}: onze aanpak voor onderwerp ${n} op ${SCHOOL}, met vaste mensen.`;
export const evaluatorText = (who: string, p: Provider) => (n: number) => `${who} vindt onderwerp ${n} bij ${p.short} concreet uitgewerkt.`;
export const consensusText = (p: Provider) => (n: number) => `Samen over onderwerp ${n} bij ${p.short}: de aanpak past bij onze school.`;
export const conclusionText = (p: Provider) => `${p.short} schreef een bruikbaar plan met duidelijke keuzes voor onze leerlingen.`;
export const MOTIVATION = "Het Anker en Kompas sluiten samen het best aan bij onze leerlingen en ons team.";
export const ADVANTAGES = "Twee vaste teams die direct beschikbaar zijn en elkaar aanvullen in de klas.";

/** The second evaluator scores on her own: one point apart on topic 7, which the consensus settles. */
export function secondOpinion(scores: readonly Score[]): Score[] {
  return scores.map((s, i) => (i === TOPICS - 1 ? (s === 3 ? 2 : 3) : s));
}

/** The other issues' state (see the top): returns the school's id; sets the demo providers' ids. */
export async function seedAdmittedProviders(): Promise<string> {
  return withDb(async (db) => {
    const rows = (await db.query(`
      SELECT s.id AS "schoolId", s."procedureId", s."clusterId", s."organisationId" AS "schoolOrganisationId",
             brug.id AS "brugId", kompas.id AS "kompasId", staff.id AS "staffId", demo."passwordHash"
        FROM "School" s, "Organisation" brug, "Organisation" kompas, "User" staff, "User" demo
       WHERE s.name = $1 AND brug.name = $2 AND kompas.name = $3 AND staff.email = $4 AND demo.email = $5`,
    [SCHOOL, BRUG.name, KOMPAS.name, demoAccounts.staff.email, demoAccounts.provider.email])).rows as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const ids = rows[0] as Record<string, string>;
    BRUG.id = ids.brugId;
    KOMPAS.id = ids.kompasId;
    const user = `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", "emailVerifiedAt", "createdAt", "updatedAt")
                  VALUES ($1, $2, $3, $4, $5, $6, now(), now(), now())`;
    for (const p of CREATED) {
      await db.query(`INSERT INTO "Organisation" (id, kind, name, "createdAt", "updatedAt") VALUES ($1, 'PROVIDER', $2, now(), now())`, [p.id, p.name]);
      await db.query(user, [`${p.id}-user`, p.login.email, p.login.user, ids.passwordHash, "PROVIDER", p.id]);
    }
    await db.query(user, [EVALUATOR_2.id, EVALUATOR_2.email, EVALUATOR_2.name, ids.passwordHash, "SCHOOL", ids.schoolOrganisationId]);
    for (const [i, p] of PROVIDERS.entries()) {
      const application = `${PREFIX}-application-${i}`;
      await db.query(
        `INSERT INTO "AdmissionApplication" (id, "procedureId", "organisationId", version, status, "submittedAt", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, 1, 'SUBMITTED', '2025-09-20T08:00:00Z', now(), now())`,
        [application, ids.procedureId, p.id],
      );
      await db.query(`INSERT INTO "ApplicationCluster" (id, "applicationId", "clusterId") VALUES ($1, $2, $3)`, [`${application}-cluster`, application, ids.clusterId]);
      await db.query(
        `INSERT INTO "AdmissionDecision" (id, "applicationClusterId", outcome, motivation, "decidedById", "decidedAt")
         VALUES ($1, $2, 'ADMITTED', 'Voldoet aan alle eisen voor het SBO (e2e).', $3, '2025-10-06T08:00:00Z')`,
        [`${application}-decision`, `${application}-cluster`, ids.staffId],
      );
    }
    return ids.schoolId as string;
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A new browser, logged in with the demo password, on `path`. */
export async function loggedIn(browser: Browser, login: { email: string; user: string }, path: string): Promise<Page> {
  const page = await newPage(browser);
  await loginWithPassword(page, login, DEMO_PASSWORD, path);
  return page;
}

export function idOf(p: Provider): string {
  if (!p.id) throw new Error(`${p.name} has no id yet`);
  return p.id;
}
