/**
 * Who signs a plan of approach and when it is final (SPEC §9 [design]):
 * - Required: every chosen provider (PROVIDER), the school (SCHOOL) and the
 *   municipality where the school stands (MUNICIPALITY), each by its own
 *   organisation; one signature per organisation per version (as
 *   PlanSignature's unique key), so one organisation cannot hold two parts.
 * - A signature counts for a version only when it is not voided, was given
 *   for the same content hash as the current version, and its organisation
 *   and party match a required signatory.
 * - Final: every required signatory has a counting signature on the current
 *   hash.
 * - An edit after a signature (a new content hash) voids every signature that
 *   is not yet voided and was given for another hash; nothing is voided when
 *   the hash does not change (a save without a visible change, see
 *   ./versioning).
 */

/** Mirrors the SignatoryParty enum of the schema. */
export type SignatoryParty = "PROVIDER" | "SCHOOL" | "MUNICIPALITY";

export interface Signatory {
  party: SignatoryParty;
  organisationId: string;
}

export interface PlanParties {
  providerOrganisationIds: readonly string[];
  schoolOrganisationId: string;
  /** School.municipalityId. */
  municipalityOrganisationId: string;
}

/** Providers (sorted by id), then the school, then the municipality. */
export function requiredSignatories(parties: PlanParties): Signatory[] {
  const providers = [...new Set(parties.providerOrganisationIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (providers.length === 0) throw new RangeError("requiredSignatories: a plan has at least one provider");
  const all: Signatory[] = [
    ...providers.map((organisationId) => ({ party: "PROVIDER" as const, organisationId })),
    { party: "SCHOOL", organisationId: parties.schoolOrganisationId },
    { party: "MUNICIPALITY", organisationId: parties.municipalityOrganisationId },
  ];
  if (all.some((s) => s.organisationId === "")) throw new RangeError("requiredSignatories: empty organisation id");
  if (new Set(all.map((s) => s.organisationId)).size !== all.length) {
    throw new RangeError("requiredSignatories: one organisation cannot sign for two parties");
  }
  return all;
}

export interface SignatureRecord {
  id: string;
  organisationId: string;
  party: SignatoryParty;
  contentSha256: string;
  voidedAt: Date | null;
}

function counts(signature: SignatureRecord, signatory: Signatory, currentHash: string): boolean {
  return (
    signature.voidedAt === null &&
    signature.contentSha256 === currentHash &&
    signature.organisationId === signatory.organisationId &&
    signature.party === signatory.party
  );
}

export interface SigningStatus {
  signed: Signatory[];
  missing: Signatory[];
  isFinal: boolean;
}

export function signingStatus(
  required: readonly Signatory[],
  signatures: readonly SignatureRecord[],
  currentHash: string,
): SigningStatus {
  const signed: Signatory[] = [];
  const missing: Signatory[] = [];
  for (const signatory of required) {
    if (signatures.some((s) => counts(s, signatory, currentHash))) signed.push(signatory);
    else missing.push(signatory);
  }
  return { signed, missing, isFinal: required.length > 0 && missing.length === 0 };
}

export type SignRefusal = "NOT_A_SIGNATORY" | "ALREADY_SIGNED";

/** Whether this organisation, in this party, may sign the current version now. */
export function signRefusal(
  required: readonly Signatory[],
  signatures: readonly SignatureRecord[],
  currentHash: string,
  signer: Signatory,
): SignRefusal | null {
  const signatory = required.find((r) => r.organisationId === signer.organisationId && r.party === signer.party);
  if (!signatory) return "NOT_A_SIGNATORY";
  if (signatures.some((s) => counts(s, signatory, currentHash))) return "ALREADY_SIGNED";
  return null;
}

export const SIGN_REFUSAL_MESSAGES: Record<SignRefusal, string> = {
  NOT_A_SIGNATORY: "Uw organisatie ondertekent dit plan van aanpak niet.",
  ALREADY_SIGNED: "Uw organisatie heeft deze versie van het plan van aanpak al ondertekend.",
};

/** The signatures an edit to `newHash` voids: not yet voided, given for another hash. */
export function signaturesVoidedByEdit(signatures: readonly SignatureRecord[], newHash: string): SignatureRecord[] {
  return signatures.filter((s) => s.voidedAt === null && s.contentSha256 !== newHash);
}
