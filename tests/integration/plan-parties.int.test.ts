import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/server/db";
import { renderPlanPdf } from "@/lib/server/exports/plan-pdf";
import { signPlanSchema } from "@/lib/schemas/plan";
import { getPlanPage, getPlanPdfData, listPlans } from "@/lib/server/queries/plan";
import { freezePlan, savePlanProviderPart, savePlanSchoolPart } from "@/lib/server/services/plan";
import { signPlan } from "@/lib/server/services/plan-signing";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { actorFor, createProvider } from "./support/actors";
import { chooseProviders, key, later, pdfText, providerPart, row, schoolTexts, setUpPlanFixture, signInput, working, type PlanFixture } from "./support/plan";

// Who signs (the logged-in account, never a typed name), what the staff
// dashboard says is missing, and who may download the final plan's PDF.

let f: PlanFixture;

describe("plan of approach: signers, dashboard and PDF access", () => {
  beforeEach(async () => {
    f = await setUpPlanFixture();
  });

  it("signs in the name and with the e-mail address of the logged-in account; a name sent by the client is ignored", async () => {
    const v1 = (await freezePlanWith(f))!;
    // The form's schema has no name: a name in the request does not survive parsing…
    const parsed = signPlanSchema.parse({ ...signInput(f, v1.contentSha256), signerName: "Iemand Anders", confirm: true, idempotencyKey: key() });
    expect(parsed).not.toHaveProperty("signerName");
    // …and the service does not read one either.
    const { idempotencyKey, confirm: _c, ...input } = parsed;
    const sent = { ...input, signerName: "Iemand Anders" } as typeof input;
    const { receipt } = await signPlan({ actor: f.provider, procedureId: f.procedureId, idempotencyKey, now: working, input: sent });

    const signature = await db.planSignature.findFirstOrThrow({ where: { organisationId: f.provider.organisationId } });
    expect(signature).toMatchObject({ signerName: "Pieter Jansen", signerEmail: demoAccounts.provider.email, signerFunction: "Bestuurder", userId: f.provider.userId });
    const stored = await db.receipt.findFirstOrThrow({ where: { number: receipt.number } });
    expect(stored.content).toMatchObject({ signerName: "Pieter Jansen", signerEmail: demoAccounts.provider.email });
    expect(JSON.stringify(stored.content)).not.toContain("Iemand Anders");

    const { document, current } = await getPlanPdfData(f.school, f.procedureId, v1.planId, working);
    expect(current.signatories.find((s) => s.party === "PROVIDER")?.signature).toMatchObject({ signerName: "Pieter Jansen", signerEmail: demoAccounts.provider.email });
    const text = pdfText(await renderPlanPdf(document, { versionNumber: 1, contentSha256: current.contentSha256, frozenAt: current.frozenAt, final: false, generatedAt: working, signatories: current.signatories }, { compress: false }));
    expect(text).toContain(`Ondertekend door Pieter Jansen (${demoAccounts.provider.email}), Bestuurder, op 12 januari 2026 10:00 CET`);
    expect(text).not.toContain("Iemand Anders");
  });

  it("shows staff what each plan not yet frozen still lacks; once frozen, who has not signed", async () => {
    const staffRow = async () => (await listPlans(f.staff, f.procedureId, working)).find((r) => r.schoolId === f.prinsenhofId)!;
    expect((await staffRow()).incomplete).toEqual([
      "Deel school onvolledig (5 onderdelen open)",
      "Deel aanbieder onvolledig (3 onderdelen open)",
      "Aanpak per onderwerp onvolledig (Jeugdhulp De Brug)",
      "Inzet: Zet ten minste 2 medewerkers in; nu 0.",
    ]);
    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: working, input: { schoolId: f.prinsenhofId, knownVersionId: "", ...schoolTexts, oppLink: "" } });
    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f, [row({ hoursPerWeek: "10" }), row({ personName: "Chris Bakker", skjNumber: "", hoursPerWeek: "10" })]) });
    expect((await staffRow()).incomplete).toEqual(["Deel school onvolledig (1 onderdeel open)", "Inzet: 1 rij onvolledig of onjuist"]);
    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f, [row()]) });
    expect((await staffRow()).incomplete).toEqual(["Deel school onvolledig (1 onderdeel open)", "Inzet: Zet ten minste 2 medewerkers in; nu 1."]);

    // A school that has not chosen yet.
    const vuurtoren = (await listPlans(f.staff, f.procedureId, working)).find((r) => r.schoolName === "SBO De Vuurtoren")!;
    expect(vuurtoren.incomplete[0]).toBe("Keuze van de school nog niet definitief");
    // Only staff see it; the parties see the plan page.
    expect((await listPlans(f.school, f.procedureId, working))[0]?.incomplete).toEqual([]);

    await savePlanSchoolPart({ actor: f.school, procedureId: f.procedureId, now: working, input: { schoolId: f.prinsenhofId, knownVersionId: "", ...schoolTexts } });
    await savePlanProviderPart({ actor: f.provider, procedureId: f.procedureId, now: working, input: await providerPart(f) });
    await freezePlan({ actor: f.provider, procedureId: f.procedureId, schoolId: f.prinsenhofId, now: working });
    const frozen = await staffRow();
    expect(frozen).toMatchObject({ status: "SIGNING", incomplete: [] });
    expect([...frozen.missing].sort()).toEqual(["Gemeente Pijnacker-Nootdorp", "Jeugdhulp De Brug", "SBO Prinsenhof"]);
  });

  it("lets every party of the final plan and staff download its PDF, and nobody else", async () => {
    await db.schoolChoice.deleteMany();
    await chooseProviders(f.prinsenhofId, f.provider.organisationId, f.provider2.organisationId);
    await savePlanProviderPart({ actor: f.provider2, procedureId: f.procedureId, now: working, input: await providerPart(f, [row({ personName: "Dewi Kok", skjNumber: "160039340", hoursPerWeek: "2" })]) });
    const v1 = (await freezePlanWith(f))!;
    for (const actor of [f.provider, f.provider2, f.school, f.municipality]) {
      await signPlan({ actor, procedureId: f.procedureId, idempotencyKey: key(), now: working, input: signInput(f, v1.contentSha256) });
    }
    expect((await db.planOfApproach.findUniqueOrThrow({ where: { id: v1.planId } })).status).toBe("FINAL");

    const readers: [string, Actor][] = [
      ["chosen provider 1", f.provider], ["chosen provider 2", f.provider2], ["school", f.school], ["municipality", f.municipality], ["staff", f.staff],
    ];
    for (const [label, actor] of readers) {
      const { document, current, page } = await getPlanPdfData(actor, f.procedureId, v1.planId, later);
      expect({ label, status: page.status, sha: current.contentSha256 }).toEqual({ label, status: "FINAL", sha: v1.contentSha256 });
      const text = pdfText(await renderPlanPdf(document, { versionNumber: current.number, contentSha256: current.contentSha256, frozenAt: current.frozenAt, final: true, generatedAt: later, signatories: current.signatories }, { compress: false }));
      expect(text).toContain(`SHA-256 van de inhoud: ${v1.contentSha256}`);
      expect(text).toContain("Dewi Kok");
      expect(text.match(/Ondertekend door /g)).toHaveLength(4);
    }

    const otherSchool = await actorFor(demoAccounts.school2.email);
    const providerNotChosen = await createProvider("Jeugdzorg Elders", "aanbieder@elders.example");
    const outsiders: [string, Actor][] = [["another school", otherSchool], ["another municipality", f.otherMunicipality], ["a provider not chosen", providerNotChosen]];
    for (const [label, actor] of outsiders) {
      await expect(getPlanPdfData(actor, f.procedureId, v1.planId, later).then(() => label), label).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Not even for a plan id of another procedure.
    await expect(getPlanPdfData(f.staff, "another-procedure", v1.planId, later)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/** The school's part, the chosen providers' own part (De Brug), frozen as version 1. */
async function freezePlanWith(fx: PlanFixture) {
  await savePlanSchoolPart({ actor: fx.school, procedureId: fx.procedureId, now: working, input: { schoolId: fx.prinsenhofId, knownVersionId: "", ...schoolTexts } });
  await savePlanProviderPart({ actor: fx.provider, procedureId: fx.procedureId, now: working, input: await providerPart(fx) });
  const { version } = await freezePlan({ actor: fx.school, procedureId: fx.procedureId, schoolId: fx.prinsenhofId, now: working });
  const page = await getPlanPage(fx.school, fx.procedureId, fx.prinsenhofId, working);
  return { ...version, planId: page.planId! };
}
