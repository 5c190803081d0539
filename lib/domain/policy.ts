// Which role may do what, in which state of the action's window. One table,
// used by the server (authorize) and by the UI (to show or hide buttons).
// The window of an action is a milestone key of the procedure; "ANY" actions
// are not bound to a window.

import type { Role } from "./actor";
import type { WindowState } from "./timeline";

export type WindowKey =
  | "REACTION_PERIOD"
  | "FINAL_DOCUMENTS_PUBLISHED"
  | "OPT_OUT"
  | "ADMISSION"
  | "ADMISSION_ANNOUNCEMENT"
  | "WRITTEN_ROUND"
  | "INTERVIEW_ROUND"
  | "SCHOOL_CHOICE"
  | "PLAN_OF_APPROACH";

export const PHASES = ["UPCOMING", "OPEN", "CLOSED"] as const satisfies readonly WindowState[];
export type Phase = (typeof PHASES)[number];

interface Rule {
  roles: readonly Role[];
  /** The milestone whose state decides; null: any time. */
  window: WindowKey | null;
  /** States of that milestone in which the action is allowed (a point milestone is CLOSED once it has happened). */
  phases: readonly Phase[];
  description: string;
}

const ALWAYS = PHASES;

export const POLICY = {
  "reaction.submit": { roles: ["PROVIDER", "COUNCIL"], window: "REACTION_PERIOD", phases: ["OPEN"], description: "Reactie indienen" },
  "reaction.process": { roles: ["STAFF"], window: "REACTION_PERIOD", phases: ["OPEN", "CLOSED"], description: "Reactie verwerken" },
  "reaction.publish": { roles: ["STAFF"], window: "FINAL_DOCUMENTS_PUBLISHED", phases: ["CLOSED"], description: "Verwerking van reacties publiceren" },
  "question.ask": { roles: ["PROVIDER"], window: null, phases: ALWAYS, description: "Vraag stellen aan het Servicebureau" },
  "question.answer": { roles: ["STAFF"], window: null, phases: ALWAYS, description: "Vraag beantwoorden" },
  "optOut.submit": { roles: ["PROVIDER"], window: "OPT_OUT", phases: ["OPEN"], description: "Opzegging indienen" },
  "exclusionGrounds.manage": { roles: ["STAFF"], window: "ADMISSION", phases: ["UPCOMING"], description: "Uitsluitingsgronden vaststellen (tekst van Bijlage 2)" },
  "application.submit": { roles: ["PROVIDER"], window: "ADMISSION", phases: ["OPEN"], description: "Aanvraag tot toelating indienen" },
  "application.readSealed": { roles: ["STAFF"], window: "ADMISSION", phases: ["CLOSED"], description: "Inhoud van aanvragen inzien" },
  "admission.assess": { roles: ["STAFF"], window: "ADMISSION", phases: ["CLOSED"], description: "Aanvragen beoordelen" },
  "admission.readResult": { roles: ["PROVIDER"], window: "ADMISSION_ANNOUNCEMENT", phases: ["CLOSED"], description: "Besluit over toelating inzien" },
  "writtenPlan.submit": { roles: ["PROVIDER"], window: "WRITTEN_ROUND", phases: ["OPEN"], description: "Schriftelijk plan indienen" },
  "writtenPlan.readSealed": { roles: ["SCHOOL", "STAFF"], window: "WRITTEN_ROUND", phases: ["CLOSED"], description: "Schriftelijke plannen inzien" },
  "score.submit": { roles: ["SCHOOL"], window: "INTERVIEW_ROUND", phases: ["OPEN"], description: "Beoordeling indienen" },
  "interview.schedule": { roles: ["STAFF"], window: "INTERVIEW_ROUND", phases: ["UPCOMING", "OPEN"], description: "Gesprekken plannen" },
  "choice.submit": { roles: ["SCHOOL"], window: "SCHOOL_CHOICE", phases: ["OPEN"], description: "Keuze van de school vastleggen" },
  "results.publish": { roles: ["STAFF"], window: "SCHOOL_CHOICE", phases: ["OPEN", "CLOSED"], description: "Selectieresultaten publiceren" },
  "plan.editSchoolPart": { roles: ["SCHOOL"], window: "PLAN_OF_APPROACH", phases: ["UPCOMING", "OPEN"], description: "Deel van de school in het plan van aanpak invullen" },
  "plan.editProviderPart": { roles: ["PROVIDER"], window: "PLAN_OF_APPROACH", phases: ["OPEN"], description: "Deel van de aanbieder in het plan van aanpak invullen" },
  "plan.sign": { roles: ["PROVIDER", "SCHOOL", "MUNICIPALITY"], window: "PLAN_OF_APPROACH", phases: ["OPEN"], description: "Plan van aanpak ondertekenen" },
  "procedure.manage": { roles: ["STAFF"], window: null, phases: ALWAYS, description: "Procedure en tijdlijn beheren" },
  "budget.manage": { roles: ["STAFF"], window: null, phases: ALWAYS, description: "Budget berekenen en publiceren" },
  "audit.read": { roles: ["STAFF"], window: null, phases: ALWAYS, description: "Auditlog inzien" },
  "demoClock.set": { roles: ["STAFF"], window: null, phases: ALWAYS, description: "Demotijd instellen" },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export type Decision = { allowed: true } | { allowed: false; reason: "ROLE" | "PHASE" };

/** The pure decision for one cell of the table. The role is checked first. */
export function decide(role: Role, action: Action, phase: Phase): Decision {
  const rule: Rule = POLICY[action];
  if (!rule.roles.includes(role)) return { allowed: false, reason: "ROLE" };
  if (!rule.phases.includes(phase)) return { allowed: false, reason: "PHASE" };
  return { allowed: true };
}

export function windowOf(action: Action): WindowKey | null {
  return POLICY[action].window;
}

export function rolesFor(action: Action): readonly Role[] {
  return POLICY[action].roles;
}
