import "server-only";
import type { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { passwordProblem } from "@/lib/domain/password-policy";
import { normalisePostalCode } from "@/lib/domain/registration";
import { tokenState, unusableLinkMessage } from "@/lib/domain/tokens";
import { Prisma } from "@/lib/generated/prisma/client";
import type { registerProviderSchema } from "@/lib/schemas/registration";
import { recordAudit } from "../audit";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { throttleRequest } from "../request-throttle";
import { hashPassword } from "../password";
import { generateToken, hashToken } from "../tokens";

const CONFIRM_HOURS = 24;

type Tx = Prisma.TransactionClient;

/**
 * A self-registration nobody confirmed in time: a provider organisation whose
 * users all registered themselves (each has a confirmation link), none of
 * them confirmed, and every confirmation link expired. It blocks its KvK
 * number and e-mail address for nobody: registering again replaces it.
 * Returns the organisation with its users, or null when it is not stale.
 */
async function findStaleRegistration(organisationId: string, now: Date) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    include: { users: { include: { tokens: { where: { kind: "EMAIL_CONFIRMATION" } } } } },
  });
  if (!organisation || organisation.kind !== "PROVIDER" || organisation.users.length === 0) return null;
  const stale = organisation.users.every(
    (u) => u.emailVerifiedAt === null && u.tokens.length > 0 && u.tokens.every((t) => tokenState(t.expiresAt, t.usedAt, now) === "EXPIRED"),
  );
  return stale ? organisation : null;
}
type StaleRegistration = NonNullable<Awaited<ReturnType<typeof findStaleRegistration>>>;

/** Removes a stale registration (its links go with its users), audited, inside the new registration's transaction. */
async function removeStaleRegistration(tx: Tx, stale: StaleRegistration, now: Date) {
  const userIds = stale.users.map((u) => u.id);
  // Only what an unconfirmed account can have: it never logged in.
  await tx.authSession.deleteMany({ where: { userId: { in: userIds } } });
  await tx.user.deleteMany({ where: { id: { in: userIds } } });
  await tx.organisation.delete({ where: { id: stale.id } });
  await recordAudit(tx, null, now, {
    action: "organisation.removeUnconfirmedRegistration", entityType: "Organisation", entityId: stale.id,
    before: { name: stale.name, kvkNumber: stale.kvkNumber, createdAt: stale.createdAt.toISOString(), users: stale.users.map((u) => ({ id: u.id, email: u.email })) },
  });
}

/**
 * A provider registers its organisation and first user. The account works
 * after the e-mail address is confirmed. A registration with an address that
 * already has an account looks the same to the visitor; the owner of that
 * address is told instead, so the answer reveals nothing. A registration
 * that was never confirmed and whose link expired does not block its KvK
 * number or address: it is replaced in the same transaction.
 */
export async function registerProvider({ input, ip, realNow }: { input: z.output<typeof registerProviderSchema>; ip: string; realNow: Date }) {
  await throttleRequest({ "registration-ip": ip });
  const stale = new Map<string, StaleRegistration>();
  const sameKvk = await db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber } });
  if (sameKvk) {
    const replaceable = await findStaleRegistration(sameKvk.id, realNow);
    if (!replaceable) throw kvkTaken();
    stale.set(replaceable.id, replaceable);
  }
  const problem = passwordProblem(input.password, [input.name, input.email, input.organisationName]);
  if (problem) throw new DomainError("VALIDATION", undefined, { password: problem });

  const existing = await db.user.findUnique({ where: { email: input.email } });
  const existingStale = existing && (stale.get(existing.organisationId) ?? (await findStaleRegistration(existing.organisationId, realNow)));
  // Both paths hash the password (argon2 is most of the work), so the
  // response time does not tell whether the address has an account.
  const passwordHash = await hashPassword(input.password);
  if (existing && !existingStale) {
    await db.$transaction((tx) =>
      queueMail(tx, [{ to: existing.email, subject: "Poging tot registratie met uw e-mailadres", text: `Iemand probeerde een nieuwe organisatie te registreren met uw e-mailadres. U heeft al een account: log in via ${baseUrl()}/inloggen of vraag een nieuw wachtwoord aan via ${baseUrl()}/wachtwoord-vergeten. Was u dit niet, dan kunt u dit bericht negeren.` }], realNow),
    );
    return;
  }
  if (existingStale) stale.set(existingStale.id, existingStale);
  const { token, tokenHash } = generateToken();
  try {
    await createRegistration(input, { stale: [...stale.values()], passwordHash, token, tokenHash, realNow });
  } catch (error) {
    // Two registrations at the same moment: the checks above passed for both,
    // the database's unique keys let one in. The other gets the answer it would
    // have got a moment later.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    if (await db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber } })) throw kvkTaken();
    if (await db.user.findUnique({ where: { email: input.email } })) return;
    throw error;
  }
}

function kvkTaken(): DomainError {
  return new DomainError("VALIDATION", undefined, { kvkNumber: "Met dit KvK-nummer is al een organisatie geregistreerd. Vraag een collega om u uit te nodigen, of neem contact op met het Servicebureau." });
}

async function createRegistration(
  input: z.output<typeof registerProviderSchema>,
  { stale, passwordHash, token, tokenHash, realNow }: { stale: StaleRegistration[]; passwordHash: string; token: string; tokenHash: string; realNow: Date },
) {
  await db.$transaction(async (tx) => {
    for (const s of stale) await removeStaleRegistration(tx, s, realNow);
    const organisation = await tx.organisation.create({
      data: {
        kind: "PROVIDER", name: input.organisationName, kvkNumber: input.kvkNumber, agbCode: input.agbCode || null,
        street: input.street, postalCode: normalisePostalCode(input.postalCode), city: input.city, contactEmail: input.contactEmail, createdAt: realNow,
      },
    });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "PROVIDER", organisationId: organisation.id, passwordHash, createdAt: realNow } });
    await tx.userToken.create({ data: { kind: "EMAIL_CONFIRMATION", tokenHash, userId: user.id, createdAt: realNow, expiresAt: new Date(realNow.getTime() + CONFIRM_HOURS * 3_600_000) } });
    await queueMail(tx, [{ to: user.email, subject: "Bevestig uw e-mailadres", text: `Beste ${user.name},\n\nWelkom bij het Inkoopportaal. Bevestig binnen 24 uur uw e-mailadres via deze link:\n\n${baseUrl()}/e-mail-bevestigen/${token}\n\nDaarna kunt u inloggen.` }], realNow);
    await recordAudit(tx, { userId: user.id, organisationId: organisation.id }, realNow, {
      action: "organisation.register", entityType: "Organisation", entityId: organisation.id, after: { name: organisation.name, kvkNumber: organisation.kvkNumber },
    });
  });
}

export async function confirmEmail({ token, realNow }: { token: string; realNow: Date }) {
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.kind !== "EMAIL_CONFIRMATION") throw new DomainError("NOT_FOUND", unusableLinkMessage("EMAIL_CONFIRMATION", "UNKNOWN"));
  const state = tokenState(row.expiresAt, row.usedAt, realNow);
  if (state !== "VALID") throw new DomainError("NOT_FOUND", unusableLinkMessage("EMAIL_CONFIRMATION", state));
  await db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: realNow } });
    if (claimed.count !== 1) throw new DomainError("NOT_FOUND", unusableLinkMessage("EMAIL_CONFIRMATION", "USED"));
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: realNow } });
    await recordAudit(tx, { userId: row.userId, organisationId: row.user.organisationId }, realNow, { action: "user.confirmEmail", entityType: "User", entityId: row.userId });
  });
  return { email: row.user.email };
}
