// Who of a provider or school may invite colleagues: the organisation's first
// user. Pure; the caller passes the organisation's users.

export interface OrganisationMember {
  id: string;
  name: string;
  active: boolean;
  /** False for an invited person who has not set a password yet. */
  hasPassword: boolean;
  createdAt: Date;
}

/**
 * The first user: the earliest-created user who is active and has set a
 * password. When that person is deactivated, the next earliest takes over;
 * an invitation nobody accepted yet does not count. Ties (same instant) go
 * to the lowest id, so the answer never depends on the order given.
 */
export function firstUserOf<T extends OrganisationMember>(members: readonly T[]): T | null {
  let first: T | null = null;
  for (const m of members) {
    if (!m.active || !m.hasPassword) continue;
    if (!first || m.createdAt.getTime() < first.createdAt.getTime() || (m.createdAt.getTime() === first.createdAt.getTime() && m.id < first.id)) first = m;
  }
  return first;
}

/** The Dutch explanation for everyone else in the organisation. */
export function onlyFirstUserInvitesMessage(first: Pick<OrganisationMember, "name"> | null): string {
  return first
    ? `Alleen ${first.name}, de eerste gebruiker van uw organisatie, kan collega's uitnodigen. Vraag ${first.name} om u te helpen, of neem contact op met het Servicebureau.`
    : "Alleen de eerste gebruiker van uw organisatie kan collega's uitnodigen. Neem contact op met het Servicebureau.";
}
