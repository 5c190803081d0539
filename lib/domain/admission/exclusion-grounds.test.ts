import { describe, expect, it } from "vitest";
import { duplicateGroundErrors } from "./exclusion-grounds";

describe("duplicateGroundErrors", () => {
  it("marks a later ground with the same text, ignoring case and spacing, and names the first", () => {
    expect(duplicateGroundErrors(["Geen faillissement of surseance.", "Belastingen zijn betaald.", "  geen  FAILLISSEMENT of surseance. "])).toEqual({
      "grounds.2.text": "Deze grond staat al als grond 1.",
    });
  });

  it("marks every repeat, each naming the first occurrence", () => {
    expect(duplicateGroundErrors(["Een grond", "Een grond", "Twee", "een grond"])).toEqual({
      "grounds.1.text": "Deze grond staat al als grond 1.",
      "grounds.3.text": "Deze grond staat al als grond 1.",
    });
  });

  it("finds nothing in distinct texts", () => {
    expect(duplicateGroundErrors(["Een", "Twee", "Drie"])).toEqual({});
  });
});
