import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "../local-time";
import {
  announcementMailDue,
  announcementMailSent,
  announcementWarning,
  applicationProgress,
  checkDecision,
  checkMotivation,
  checkRequirementNote,
  clusterProgress,
  countWords,
  finalAt,
  isAnnounced,
  isFinal,
  mayChangeAssessment,
  mayReview,
  MOTIVATION_TOO_SHORT,
  visibleResult,
  type DecisionState,
} from "./assessment";

const at = (local: string) => localDateTimeToInstant(local);
const announcement = at("2025-10-15T00:00");
const decidedAt = at("2025-10-02T10:00");

const admitted: DecisionState = { outcome: "ADMITTED", decidedById: "a", decidedAt, confirmedById: null, confirmedAt: null };
const pending: DecisionState = { outcome: "NOT_ADMITTED", decidedById: "a", decidedAt, confirmedById: null, confirmedAt: null };
const confirmed: DecisionState = { ...pending, confirmedById: "b", confirmedAt: at("2025-10-03T09:00") };

const GOOD = "De referenties tonen ruim twee jaar ervaring binnen cluster 4 en de expertise is goed onderbouwd.";

describe("checkMotivation", () => {
  it("accepts a substantial motivation, trimmed", () => {
    expect(checkMotivation(`  ${GOOD}\n`)).toEqual({ ok: true, text: GOOD });
  });

  it("refuses one-word notes, short sentences and padded repetition", () => {
    for (const text of ["", "Akkoord", "Voldoet aan alle eisen.", "Voldoet aan alle eisen, zie de referenties.", "nee nee nee nee nee nee nee nee nee nee nee nee"]) {
      expect(checkMotivation(text)).toEqual({ ok: false, message: MOTIVATION_TOO_SHORT });
    }
  });

  it("needs both 8 words and 40 characters", () => {
    expect(checkMotivation("a b c d e f g h i j").ok).toBe(false); // 10 words, 19 characters
    expect(checkMotivation("Onvoldoende onderbouwing expertisegebieden gedragsproblematiek").ok).toBe(false); // 4 long words
    expect(checkMotivation("Er is te weinig ervaring binnen cluster drie aangetoond.").ok).toBe(true);
  });

  it("refuses more than 5000 characters", () => {
    expect(checkMotivation(`${GOOD} ${"x".repeat(5000)}`)).toEqual({ ok: false, message: "Maximaal 5000 tekens." });
  });

  it("counts words with letters or digits only", () => {
    expect(countWords("Expertise (L)VB — 2 jaar, SKJ-registratie !")).toBe(5);
  });
});

describe("checkRequirementNote", () => {
  it("needs a note when the requirement is met: what shows it", () => {
    expect(checkRequirementNote(true, "  ")).toEqual({ ok: false, message: expect.stringContaining("waaruit blijkt dat aan deze eis is voldaan") });
    expect(checkRequirementNote(true, "123456789")).toMatchObject({ ok: false });
    expect(checkRequirementNote(true, " 26 maanden SBO. ")).toEqual({ ok: true, text: "26 maanden SBO." });
  });

  it("needs an explanation when it is not met", () => {
    expect(checkRequirementNote(false, "nee")).toMatchObject({ ok: false });
    expect(checkRequirementNote(false, " Slechts 14 maanden ervaring. ")).toEqual({ ok: true, text: "Slechts 14 maanden ervaring." });
  });
});

describe("finality", () => {
  it("admitted is final when recorded; not admitted only once confirmed", () => {
    expect(isFinal(admitted)).toBe(true);
    expect(isFinal(pending)).toBe(false);
    expect(isFinal(confirmed)).toBe(true);
    expect(finalAt(admitted)).toEqual(decidedAt);
    expect(finalAt(pending)).toBeNull();
    expect(finalAt(confirmed)).toEqual(confirmed.confirmedAt);
  });

  it("the announcement instant is inclusive; no announcement means never", () => {
    expect(isAnnounced(announcement, new Date(announcement.getTime() - 1))).toBe(false);
    expect(isAnnounced(announcement, announcement)).toBe(true);
    expect(isAnnounced(null, announcement)).toBe(false);
  });
});

describe("mayChangeAssessment", () => {
  const before = new Date(announcement.getTime() - 1);

  it("allows any change until the announcement", () => {
    for (const d of [null, admitted, pending, confirmed]) expect(mayChangeAssessment(d, announcement, before)).toEqual({ allowed: true });
  });

  it("freezes final decisions from the announcement on, with the date in the message", () => {
    for (const d of [admitted, confirmed]) {
      expect(mayChangeAssessment(d, announcement, announcement)).toEqual({
        allowed: false,
        message: "Dit besluit is bekendgemaakt op 15 oktober 2025 00:00 CEST en ligt vast; het kan niet meer worden gewijzigd.",
      });
    }
  });

  it("lets staff complete a cluster without a final decision after the announcement", () => {
    expect(mayChangeAssessment(null, announcement, announcement)).toEqual({ allowed: true });
    expect(mayChangeAssessment(pending, announcement, announcement)).toEqual({ allowed: true });
  });
});

describe("checkDecision", () => {
  const met = { met: true };
  const notMet = { met: false };
  const open = { met: null };

  it("needs every requirement assessed", () => {
    expect(checkDecision("NOT_ADMITTED", [met, open, notMet], true)).toEqual({ allowed: false, message: "Beoordeel eerst alle eisen van dit cluster (2 van 3 beoordeeld)." });
  });

  it("admits only when every requirement is met and every ground declared", () => {
    expect(checkDecision("ADMITTED", [met, met], true)).toEqual({ allowed: true });
    expect(checkDecision("ADMITTED", [met, notMet], true)).toMatchObject({ allowed: false, message: expect.stringContaining("Niet aan alle eisen") });
    expect(checkDecision("ADMITTED", [met, met], false)).toMatchObject({ allowed: false, message: expect.stringContaining("uitsluitingsgronden") });
  });

  it("allows 'not admitted' whatever the requirements say", () => {
    expect(checkDecision("NOT_ADMITTED", [met, met], true)).toEqual({ allowed: true });
    expect(checkDecision("NOT_ADMITTED", [notMet], false)).toEqual({ allowed: true });
  });
});

describe("mayReview (four eyes)", () => {
  it("refuses the decider", () => {
    expect(mayReview(pending, "a", "bevestigen")).toEqual({ allowed: false, message: "U heeft dit besluit zelf genomen. Een tweede medewerker moet het bevestigen (vier ogen)." });
  });

  it("lets a second staff member confirm or send back a pending 'not admitted'", () => {
    expect(mayReview(pending, "b", "bevestigen")).toEqual({ allowed: true });
    expect(mayReview(pending, "b", "terugsturen")).toEqual({ allowed: true });
  });

  it("has nothing to review for admitted, confirmed or missing decisions", () => {
    expect(mayReview(admitted, "b", "bevestigen").allowed).toBe(false);
    expect(mayReview(confirmed, "c", "terugsturen").allowed).toBe(false);
    expect(mayReview(null, "b", "bevestigen").allowed).toBe(false);
  });
});

describe("progress", () => {
  it("summarises a cluster", () => {
    expect(clusterProgress([{ met: null }, { met: null }], null)).toEqual({ assessed: 0, total: 2, status: "NOT_STARTED", outcome: null });
    expect(clusterProgress([{ met: true }, { met: null }], null)).toMatchObject({ assessed: 1, status: "IN_PROGRESS" });
    expect(clusterProgress([{ met: true }, { met: false }], null)).toMatchObject({ assessed: 2, status: "READY_TO_DECIDE" });
    expect(clusterProgress([{ met: false }], pending)).toMatchObject({ status: "AWAITING_CONFIRMATION", outcome: "NOT_ADMITTED" });
    expect(clusterProgress([{ met: true }], admitted)).toMatchObject({ status: "FINAL", outcome: "ADMITTED" });
  });

  it("summarises an application", () => {
    const clusters = [clusterProgress([{ met: true }], admitted), clusterProgress([{ met: false }], pending), clusterProgress([{ met: null }], null)];
    expect(applicationProgress(clusters)).toEqual({ clusters: 3, final: 1, awaitingConfirmation: 1, missing: 2, complete: false });
    expect(applicationProgress([clusterProgress([{ met: false }], confirmed)])).toMatchObject({ complete: true, missing: 0 });
  });
});

describe("announcementWarning", () => {
  it("says nothing when every decision is final or the announcement is far away", () => {
    expect(announcementWarning(announcement, at("2025-10-14T12:00"), 0)).toBeNull();
    expect(announcementWarning(announcement, at("2025-10-07T23:59"), 3)).toBeNull();
    expect(announcementWarning(null, at("2025-10-14T12:00"), 3)).toBeNull();
  });

  it("warns in the last week and after the announcement", () => {
    expect(announcementWarning(announcement, at("2025-10-08T00:00"), 1)).toEqual({
      level: "NEAR",
      message: "De bekendmaking is op 15 oktober 2025 00:00 CEST. Nog 1 cluster heeft geen definitief besluit (een besluit 'niet toegelaten' telt pas na bevestiging door een tweede medewerker).",
    });
    expect(announcementWarning(announcement, announcement, 2)).toMatchObject({ level: "PASSED", message: expect.stringContaining("2 clusters hebben nog geen definitief besluit") });
  });
});

describe("visibleResult", () => {
  const withText = (d: DecisionState) => ({ ...d, motivation: GOOD });

  it("shows nothing before the announcement, whatever was decided", () => {
    const before = new Date(announcement.getTime() - 1);
    for (const d of [null, admitted, pending, confirmed]) expect(visibleResult(d && withText(d), announcement, before)).toEqual({ status: "IN_REVIEW" });
  });

  it("shows final decisions from the announcement on; a pending one stays 'in review'", () => {
    expect(visibleResult(withText(admitted), announcement, announcement)).toEqual({ status: "ADMITTED", motivation: GOOD, finalAt: decidedAt });
    expect(visibleResult(withText(confirmed), announcement, announcement)).toEqual({ status: "NOT_ADMITTED", motivation: GOOD, finalAt: confirmed.confirmedAt });
    expect(visibleResult(withText(pending), announcement, announcement)).toEqual({ status: "IN_REVIEW" });
  });
});

describe("announcement e-mail", () => {
  const mailedAt = at("2025-10-15T00:01");

  it("is due from the announcement until it has gone out", () => {
    expect(announcementMailDue(announcement, null, new Date(announcement.getTime() - 1), false)).toBe(false);
    expect(announcementMailDue(announcement, null, announcement, false)).toBe(true);
    expect(announcementMailDue(announcement, mailedAt, at("2026-01-01T00:00"), false)).toBe(false);
    expect(announcementMailDue(null, null, announcement, false)).toBe(false);
  });

  it("is sent exactly once on a real clock, even when a request read the clock a little earlier", () => {
    expect(announcementMailSent(mailedAt, at("2025-10-15T00:00"), false)).toBe(true);
    expect(announcementMailSent(mailedAt, at("2025-10-14T00:00"), false)).toBe(true);
    expect(announcementMailSent(mailedAt, at("2025-10-15T00:00"), true)).toBe(true);
  });

  it("goes out again when a demo clock was set back to before the mailing", () => {
    const realMailing = at("2026-11-23T16:00");
    expect(announcementMailSent(realMailing, at("2025-10-01T09:00"), true)).toBe(false);
    expect(announcementMailDue(announcement, realMailing, at("2025-10-16T09:00"), true)).toBe(true);
    expect(announcementMailDue(announcement, realMailing, at("2025-10-16T09:00"), false)).toBe(false);
  });
});
