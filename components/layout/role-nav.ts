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
    { href: "/beheer/organisaties", label: "Organisaties en gebruikers" },
    { href: "/beheer/e-mail", label: "Uitgaande e-mail" },
  ],
  PROVIDER: [
    { href: "/aanbieder/reacties", label: "Reacties op de voorgenomen herziening" },
    { href: "/aanbieder/vragen", label: "Vragen aan het Servicebureau" },
    { href: "/aanbieder/opzeggen", label: "Overeenkomst (deels) opzeggen" },
    { href: "/account/collegas", label: "Collega's uitnodigen" },
  ],
  SCHOOL: [{ href: "/account/collegas", label: "Collega's uitnodigen" }],
  MUNICIPALITY: [],
  COUNCIL: [{ href: "/raad/reacties", label: "Reacties op de voorgenomen herziening" }],
};

export const PUBLIC_PAGES = [
  { href: "/tijdlijn", label: "Tijdlijn (ook als agenda)" },
  { href: "/reacties", label: "Verwerking van de reacties" },
  { href: "/nota-van-inlichtingen", label: "Nota van inlichtingen" },
];

/** Where a task of "Wat moet ik nu doen?" is done, per role. */
export const TASK_LINKS: Partial<Record<Action, Partial<Record<Role, string>>>> = {
  "reaction.submit": { PROVIDER: "/aanbieder/reacties", COUNCIL: "/raad/reacties" },
  "reaction.process": { STAFF: "/beheer/reacties" },
  "reaction.publish": { STAFF: "/reacties" },
  "optOut.submit": { PROVIDER: "/aanbieder/opzeggen" },
};
