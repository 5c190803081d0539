import { describe, expect, it } from "vitest";
import {
  requiredSignatories,
  signaturesVoidedByEdit,
  signingStatus,
  signRefusal,
  type SignatureRecord,
  type Signatory,
} from "./signatures";

const PARTIES = { providerOrganisationIds: ["p2", "p1"], schoolOrganisationId: "school", municipalityOrganisationId: "gemeente" };
const H1 = "a".repeat(64);
const H2 = "b".repeat(64);
const sig = (s: Signatory, hash: string, voidedAt: Date | null = null, id = `${s.organisationId}-${hash[0]}`): SignatureRecord => ({
  id,
  organisationId: s.organisationId,
  party: s.party,
  contentSha256: hash,
  voidedAt,
});

describe("requiredSignatories", () => {
  it("every chosen provider, the school and its municipality", () => {
    expect(requiredSignatories(PARTIES)).toEqual([
      { party: "PROVIDER", organisationId: "p1" },
      { party: "PROVIDER", organisationId: "p2" },
      { party: "SCHOOL", organisationId: "school" },
      { party: "MUNICIPALITY", organisationId: "gemeente" },
    ]);
  });
  it("one provider", () => {
    expect(requiredSignatories({ ...PARTIES, providerOrganisationIds: ["p1", "p1"] })).toHaveLength(3);
  });
  it("refuses no provider, an empty id or one organisation in two parts", () => {
    expect(() => requiredSignatories({ ...PARTIES, providerOrganisationIds: [] })).toThrow(RangeError);
    expect(() => requiredSignatories({ ...PARTIES, schoolOrganisationId: "" })).toThrow(RangeError);
    expect(() => requiredSignatories({ ...PARTIES, municipalityOrganisationId: "p1" })).toThrow(/two parties/);
  });
});

describe("signingStatus", () => {
  const required = requiredSignatories(PARTIES);
  const [p1, p2, school, gemeente] = required as [Signatory, Signatory, Signatory, Signatory];

  it("final only when every party signed the current hash", () => {
    const three = [sig(p1, H1), sig(p2, H1), sig(school, H1)];
    expect(signingStatus(required, three, H1)).toEqual({ signed: [p1, p2, school], missing: [gemeente], isFinal: false });
    expect(signingStatus(required, [...three, sig(gemeente, H1)], H1).isFinal).toBe(true);
  });
  it("a signature of another hash or a voided one does not count", () => {
    const signatures = [sig(p1, H1), sig(p2, H1), sig(school, H1), sig(gemeente, H1, new Date("2026-01-10T10:00:00Z"))];
    expect(signingStatus(required, signatures, H1).missing).toEqual([gemeente]);
    expect(signingStatus(required, [sig(p1, H1), sig(p2, H1), sig(school, H1), sig(gemeente, H1)], H2)).toMatchObject({
      signed: [],
      isFinal: false,
    });
  });
  it("an organisation signing in the wrong party does not count", () => {
    const wrongParty: SignatureRecord = { ...sig(school, H1), party: "MUNICIPALITY" };
    expect(signingStatus(required, [wrongParty], H1).signed).toEqual([]);
  });
  it("no required signatories is never final", () => {
    expect(signingStatus([], [], H1).isFinal).toBe(false);
  });
});

describe("signRefusal", () => {
  const required = requiredSignatories(PARTIES);
  const p1: Signatory = { party: "PROVIDER", organisationId: "p1" };

  it("a required party that has not signed may sign", () => {
    expect(signRefusal(required, [], H1, p1)).toBeNull();
  });
  it("not twice for the same version, but again after an edit", () => {
    expect(signRefusal(required, [sig(p1, H1)], H1, p1)).toBe("ALREADY_SIGNED");
    expect(signRefusal(required, [sig(p1, H1, new Date())], H2, p1)).toBeNull();
  });
  it("an outsider or a wrong party may not", () => {
    expect(signRefusal(required, [], H1, { party: "PROVIDER", organisationId: "p9" })).toBe("NOT_A_SIGNATORY");
    expect(signRefusal(required, [], H1, { party: "SCHOOL", organisationId: "p1" })).toBe("NOT_A_SIGNATORY");
  });
});

describe("signaturesVoidedByEdit", () => {
  const p1: Signatory = { party: "PROVIDER", organisationId: "p1" };
  const school: Signatory = { party: "SCHOOL", organisationId: "school" };

  it("an edit to a new hash voids every live signature of the old one", () => {
    const live = [sig(p1, H1), sig(school, H1)];
    expect(signaturesVoidedByEdit(live, H2).map((s) => s.id)).toEqual(["p1-a", "school-a"]);
  });
  it("a save without a change of hash voids nothing", () => {
    expect(signaturesVoidedByEdit([sig(p1, H1), sig(school, H1)], H1)).toEqual([]);
  });
  it("already voided signatures are not voided again", () => {
    const signatures = [sig(p1, H1, new Date("2026-01-05T09:00:00Z")), sig(p1, H2, null, "p1-new")];
    expect(signaturesVoidedByEdit(signatures, "c".repeat(64)).map((s) => s.id)).toEqual(["p1-new"]);
  });
});
