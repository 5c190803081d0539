// The demo accounts come from the seed; what each role should see after
// logging in is written out here, as the user reads it, so the tests do not
// simply repeat the app's own mapping.
import { DEMO_PASSWORD, demoAccounts, type DemoAccount, type DemoAccountKey } from "../../../prisma/seed/demo-accounts";

export { DEMO_PASSWORD, demoAccounts, type DemoAccount, type DemoAccountKey };

export const roleLanding: Record<DemoAccount["role"], { path: string; label: string }> = {
  STAFF: { path: "/beheer", label: "Medewerker Servicebureau" },
  PROVIDER: { path: "/aanbieder", label: "Jeugdhulpaanbieder" },
  SCHOOL: { path: "/school", label: "School" },
  MUNICIPALITY: { path: "/gemeente", label: "Gemeente" },
  COUNCIL: { path: "/raad", label: "Jongeren- of ouderraad" },
};

export const accountKeys = Object.keys(demoAccounts) as DemoAccountKey[];
