// Who is acting. Built on the server from the database on every request;
// never from client input.

export const ROLES = ["STAFF", "PROVIDER", "SCHOOL", "MUNICIPALITY", "COUNCIL"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  STAFF: "Medewerker Servicebureau",
  PROVIDER: "Jeugdhulpaanbieder",
  SCHOOL: "School",
  MUNICIPALITY: "Gemeente",
  COUNCIL: "Jongeren- of ouderraad",
};

/** The landing page of each role (one route group per role). */
export const ROLE_HOME: Record<Role, string> = {
  STAFF: "/beheer",
  PROVIDER: "/aanbieder",
  SCHOOL: "/school",
  MUNICIPALITY: "/gemeente",
  COUNCIL: "/raad",
};

export interface Actor {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
}
