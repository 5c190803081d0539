import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "./actor";
import { ACTIONS, PHASES, decide, type Action, type Phase } from "./policy";

// The expected table, written out independently of POLICY: one line per
// action, listing the allowed role/phase cells. Every other cell is refused.
const O = "OPEN", U = "UPCOMING", C = "CLOSED";
const expected: Record<Action, Partial<Record<Role, Phase[]>>> = {
  "reaction.submit": { PROVIDER: [O], COUNCIL: [O] },
  "reaction.process": { STAFF: [O, C] },
  "reaction.publish": { STAFF: [C] },
  "question.ask": { PROVIDER: [U, O, C] },
  "question.answer": { STAFF: [U, O, C] },
  "optOut.submit": { PROVIDER: [O] },
  "exclusionGrounds.manage": { STAFF: [U] },
  "application.submit": { PROVIDER: [O] },
  "application.readSealed": { STAFF: [C] },
  "admission.assess": { STAFF: [C] },
  "admission.readResult": { PROVIDER: [C] },
  "writtenPlan.submit": { PROVIDER: [O] },
  "writtenPlan.readSealed": { SCHOOL: [C], STAFF: [C] },
  "score.submit": { SCHOOL: [O] },
  "interview.schedule": { STAFF: [U, O] },
  "choice.submit": { SCHOOL: [O] },
  "results.publish": { STAFF: [O, C] },
  "plan.editSchoolPart": { SCHOOL: [U, O] },
  "plan.editProviderPart": { PROVIDER: [O] },
  "plan.sign": { PROVIDER: [O], SCHOOL: [O], MUNICIPALITY: [O] },
  "procedure.manage": { STAFF: [U, O, C] },
  "budget.manage": { STAFF: [U, O, C] },
  "audit.read": { STAFF: [U, O, C] },
  "demoClock.set": { STAFF: [U, O, C] },
};

describe("policy table", () => {
  it("has an expectation for exactly the actions in the table", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  const cells = ACTIONS.flatMap((action) => ROLES.flatMap((role) => PHASES.map((phase) => [action, role, phase] as const)));

  it.each(cells)("%s by %s while %s", (action, role, phase) => {
    const allowedPhases = expected[action][role];
    const decision = decide(role, action, phase);
    if (!allowedPhases) {
      expect(decision).toEqual({ allowed: false, reason: "ROLE" });
    } else if (allowedPhases.includes(phase)) {
      expect(decision).toEqual({ allowed: true });
    } else {
      expect(decision).toEqual({ allowed: false, reason: "PHASE" });
    }
  });

  it("never lets a non-staff role manage the procedure, budget, audit log or clock", () => {
    const staffOnly: Action[] = ["procedure.manage", "budget.manage", "audit.read", "demoClock.set", "admission.assess", "exclusionGrounds.manage"];
    for (const action of staffOnly)
      for (const role of ROLES.filter((r) => r !== "STAFF"))
        for (const phase of PHASES) expect(decide(role, action, phase).allowed).toBe(false);
  });

  it("allows no submission by a provider outside its open window", () => {
    const submissions: Action[] = ["reaction.submit", "optOut.submit", "application.submit", "writtenPlan.submit", "plan.sign"];
    for (const action of submissions) {
      expect(decide("PROVIDER", action, "UPCOMING").allowed).toBe(false);
      expect(decide("PROVIDER", action, "CLOSED").allowed).toBe(false);
    }
  });
});
