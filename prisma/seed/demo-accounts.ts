// Demo organisations and accounts. They exist only in demo mode
// (PORTAL_DEMO=1); the README lists them. Never used in production.

export const DEMO_PASSWORD = "Demo-wachtwoord-2025";
/**
 * The TOTP key of the demo staff accounts (two-step verification is required
 * for staff). Add it to any authenticator app, or use the code the demo login
 * screen shows.
 */
export const DEMO_TOTP_SECRET = "KRUGKIDROVUWG2ZAMJZG653OEBTG66DK";

export type DemoAccountKey = "staff" | "staff2" | "provider" | "provider2" | "school" | "school2" | "municipality" | "council";

export interface DemoAccount {
  email: string;
  name: string;
  role: "STAFF" | "PROVIDER" | "SCHOOL" | "MUNICIPALITY" | "COUNCIL";
  /** Name of an organisation the procedure seed creates, or of a demo provider below. */
  organisation: string;
}

export const demoProviders = [
  {
    name: "Jeugdhulp De Brug",
    kvkNumber: "90000001",
    street: "Voorbeeldlaan 1",
    postalCode: "2611 AA",
    city: "Delft",
    contactEmail: "info@debrug.example",
    segments: ["ONDERWIJS_JEUGDHULP", "SPECIALISTISCH_VEELVOORKOMEND"],
  },
  {
    name: "Kompas Jeugd en Gezin",
    kvkNumber: "90000002",
    street: "Voorbeeldweg 2",
    postalCode: "2711 BB",
    city: "Zoetermeer",
    contactEmail: "info@kompas.example",
    segments: ["ONDERWIJS_JEUGDHULP", "DAGBEHANDELING_DAGBESTEDING"],
  },
] as const;

export const demoAccounts: Record<DemoAccountKey, DemoAccount> = {
  staff: { email: "medewerker@servicebureau.example", name: "Sanne de Vries", role: "STAFF", organisation: "Servicebureau Jeugdhulp Haaglanden" },
  // A second staff member: "not admitted" decisions need four eyes.
  staff2: { email: "tweede-medewerker@servicebureau.example", name: "Daan Smit", role: "STAFF", organisation: "Servicebureau Jeugdhulp Haaglanden" },
  provider: { email: "aanbieder@debrug.example", name: "Pieter Jansen", role: "PROVIDER", organisation: "Jeugdhulp De Brug" },
  provider2: { email: "aanbieder@kompas.example", name: "Fatima El Amrani", role: "PROVIDER", organisation: "Kompas Jeugd en Gezin" },
  school: { email: "intern-begeleider@prinsenhof.example", name: "Marieke Bakker", role: "SCHOOL", organisation: "SBO Prinsenhof" },
  school2: { email: "directie@vuurtoren.example", name: "Johan Visser", role: "SCHOOL", organisation: "SBO De Vuurtoren" },
  municipality: { email: "inkoop@pijnacker-nootdorp.example", name: "Eva Mulder", role: "MUNICIPALITY", organisation: "Gemeente Pijnacker-Nootdorp" },
  council: { email: "raad@jongdoetmee.example", name: "Noah de Jong", role: "COUNCIL", organisation: "JONGdoetmee (jongerenraad)" },
};
