// The input and output shapes of the OCDS export (./ocds.ts): what the
// caller's query supplies, and the OCDS 1.1 subset we publish (field names
// from the release and release-package schemas and the lots extension).
import type { LocalDate } from "./local-time";
import type { Milestone } from "./timeline";

/** The OCDS version these shapes follow. */
export const OCDS_VERSION = "1.1";

// ───────────────────────────── input DTOs ─────────────────────────────

export interface OcdsOrganisationInput {
  id: string;
  name: string;
  city?: string | null;
}

export interface OcdsSchoolInput {
  id: string;
  name: string;
  street: string;
  city: string;
  sortOrder: number;
  municipality: OcdsOrganisationInput;
}

export interface OcdsClusterInput {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  schools: OcdsSchoolInput[];
}

export interface OcdsMilestoneInput extends Milestone {
  description: string;
}

/** Only a PUBLISHED budget version. */
export interface OcdsBudgetInput {
  version: number;
  publishedAt: Date;
  isExample: boolean;
  /** Fixed amounts in integer cents per school and contract year. */
  amounts: { schoolId: string; year: number; cents: bigint }[];
}

/** The announced admission: final "admitted" decisions per cluster. */
export interface OcdsAdmissionInput {
  announcedAt: Date;
  clusters: { clusterId: string; providers: OcdsOrganisationInput[] }[];
}

/** A school's PUBLISHED choice: who, and when it was published. Never the motivation. */
export interface OcdsChoiceInput {
  schoolId: string;
  publishedAt: Date;
  providers: OcdsOrganisationInput[];
}

export interface OcdsInput {
  now: Date;
  ocidPrefix?: string;
  /** Where this package is downloaded (absolute URL). */
  packageUri: string;
  procedure: {
    slug: string;
    title: string;
    summary: string;
    contactEmail: string;
    /** Local dates "YYYY-MM-DD" (Europe/Amsterdam), as stored. */
    contractStartOn: LocalDate;
    contractEndOn: LocalDate;
    extensionCount: number;
    extensionYears: number;
    standstillDays: number;
  };
  servicebureau: OcdsOrganisationInput;
  milestones: OcdsMilestoneInput[];
  clusters: OcdsClusterInput[];
  budget: OcdsBudgetInput | null;
  admission: OcdsAdmissionInput | null;
  choices: OcdsChoiceInput[];
}

// ───────────────────────────── output (the OCDS subset we publish) ─────────────────────────────

export interface OcdsValue { amount: number; currency: "EUR" }
export interface OcdsPeriod { startDate?: string; endDate?: string; maxExtentDate?: string }
export interface OcdsOrganizationReference { id: string; name: string }
export interface OcdsParty {
  id: string;
  name: string;
  roles: string[];
  address?: { locality?: string; streetAddress?: string; countryName: string };
  contactPoint?: { name: string; email: string };
}
export interface OcdsMilestone {
  id: string;
  title: string;
  description: string;
  type: string;
  dueDate: string;
  status: "scheduled" | "met";
  dateMet?: string;
}
export interface OcdsLot {
  id: string;
  title: string;
  description: string;
  status: "active" | "complete";
  value?: OcdsValue;
  contractPeriod: OcdsPeriod;
}
export interface OcdsAward {
  id: string;
  title: string;
  description: string;
  status: "pending" | "active";
  date: string;
  suppliers: OcdsOrganizationReference[];
  relatedLots: string[];
  value?: OcdsValue;
  contractPeriod?: OcdsPeriod;
}
export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: "tender";
  language: "nl";
  parties: OcdsParty[];
  buyer: OcdsOrganizationReference;
  tender: {
    id: string;
    title: string;
    description: string;
    status: "active" | "complete";
    procurementMethod: "selective";
    procurementMethodDetails: string;
    mainProcurementCategory: "services";
    value?: OcdsValue;
    tenderPeriod?: OcdsPeriod;
    awardPeriod?: OcdsPeriod;
    contractPeriod: OcdsPeriod;
    milestones: OcdsMilestone[];
    lots: OcdsLot[];
    lotGroups: { id: string; title: string; relatedLots: string[] }[];
  };
  awards: OcdsAward[];
}
export interface OcdsReleasePackage {
  uri: string;
  version: typeof OCDS_VERSION;
  extensions: string[];
  publishedDate: string;
  publisher: { name: string };
  releases: [OcdsRelease];
}
