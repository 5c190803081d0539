import type { Role } from "@/lib/domain/actor";
import type { Action } from "@/lib/domain/policy";

/** The pages of each role, for the "Snel naar" menu on its landing page. */
export const ROLE_PAGES: Record<Role, { href: string; label: string }[]> = {
  STAFF: [
    { href: "/beheer/tijdlijn", label: "Tijdlijn beheren" },
    { href: "/beheer/budget", label: "Budget: vast bedrag per school" },
    { href: "/beheer/reacties", label: "Reacties verwerken" },
    { href: "/beheer/vragen", label: "Vragen van aanbieders" },
    { href: "/beheer/opzeggingen", label: "Opzeggingen en segmenten per aanbieder" },
    { href: "/beheer/toelating", label: "Toelating beoordelen" },
    { href: "/beheer/selectie", label: "Selectie door scholen: plannen en beoordelingen" },
    { href: "/beheer/uitnodigingen", label: "Uitnodigingen, gesprekken en uitslag" },
    { href: "/beheer/plannen", label: "Plannen van aanpak: ondertekening per school" },
    { href: "/beheer/organisaties", label: "Organisaties en gebruikers" },
    { href: "/beheer/e-mail", label: "Uitgaande e-mail" },
  ],
  PROVIDER: [
    { href: "/aanbieder/reacties", label: "Reacties op de voorgenomen herziening" },
    { href: "/aanbieder/vragen", label: "Vragen aan het Servicebureau" },
    { href: "/aanbieder/opzeggen", label: "Overeenkomst (deels) opzeggen" },
    { href: "/aanbieder/toelating", label: "Aanvraag tot toelating" },
    { href: "/aanbieder/schriftelijke-ronde", label: "Schriftelijke ronde: plannen per school" },
    { href: "/aanbieder/gesprekken", label: "Gesprekken" },
    { href: "/aanbieder/uitslag", label: "Uitslag van de selectie" },
    { href: "/aanbieder/plan-van-aanpak", label: "Plannen van aanpak" },
    { href: "/account/collegas", label: "Collega's uitnodigen" },
  ],
  SCHOOL: [{ href: "/school/beoordeling", label: "Beoordeling van de schriftelijke plannen" }, { href: "/school/keuze", label: "Gesprekken en keuze" }, { href: "/school/plan-van-aanpak", label: "Plan van aanpak" }, { href: "/account/collegas", label: "Collega's uitnodigen" }],
  MUNICIPALITY: [
    { href: "/gemeente/uitslagen", label: "Uitslag selectie van uw scholen" },
    { href: "/gemeente/plannen", label: "Plannen van aanpak ondertekenen" },
  ],
  COUNCIL: [{ href: "/raad/reacties", label: "Reacties op de voorgenomen herziening" }],
};

export const PUBLIC_PAGES = [
  { href: "/tijdlijn", label: "Tijdlijn (ook als agenda)" },
  { href: "/reacties", label: "Verwerking van de reacties" },
  { href: "/nota-van-inlichtingen", label: "Nota van inlichtingen" },
  { href: "/toegelaten-aanbieders", label: "Toegelaten aanbieders" },
  { href: "/uitslagen", label: "Uitslag selectie" },
];

/** Where a task of "Wat moet ik nu doen?" is done, per role. */
export const TASK_LINKS: Partial<Record<Action, Partial<Record<Role, string>>>> = {
  "reaction.submit": { PROVIDER: "/aanbieder/reacties", COUNCIL: "/raad/reacties" },
  "reaction.process": { STAFF: "/beheer/reacties" },
  "reaction.publish": { STAFF: "/reacties" },
  "writtenPlan.submit": { PROVIDER: "/aanbieder/schriftelijke-ronde" },
  "writtenPlan.readSealed": { SCHOOL: "/school/beoordeling", STAFF: "/beheer/selectie" },
  "score.submit": { SCHOOL: "/school/beoordeling" },
  "interview.schedule": { STAFF: "/beheer/uitnodigingen" },
  "choice.submit": { SCHOOL: "/school/keuze" },
  "results.publish": { STAFF: "/beheer/uitnodigingen" },
  "optOut.submit": { PROVIDER: "/aanbieder/opzeggen" },
  "exclusionGrounds.manage": { STAFF: "/beheer/toelating/uitsluitingsgronden" },
  "application.submit": { PROVIDER: "/aanbieder/toelating" },
  "admission.assess": { STAFF: "/beheer/toelating" },
  "admission.readResult": { PROVIDER: "/aanbieder/toelating/besluit" },
  "plan.editSchoolPart": { SCHOOL: "/school/plan-van-aanpak" },
  "plan.editProviderPart": { PROVIDER: "/aanbieder/plan-van-aanpak" },
  "plan.sign": { PROVIDER: "/aanbieder/plan-van-aanpak", SCHOOL: "/school/plan-van-aanpak", MUNICIPALITY: "/gemeente/plannen" },
};
