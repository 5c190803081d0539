import "server-only";
import type { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { passwordProblem } from "@/lib/domain/password-policy";
import { normalisePostalCode } from "@/lib/domain/registration";
import type { registerProviderSchema } from "@/lib/schemas/registration";
import { recordAudit } from "../audit";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { throttleRequest } from "../request-throttle";
import { hashPassword } from "../password";
import { generateToken, hashToken } from "../tokens";

const CONFIRM_HOURS = 24;

/**
 * A provider registers its organisation and first user. The account works
 * after the e-mail address is confirmed. A registration with an address that
 * already has an account looks the same to the visitor; the owner of that
 * address is told instead, so the answer reveals nothing.
 */
export async function registerProvider({ input, ip, realNow }: { input: z.output<typeof registerProviderSchema>; ip: string; realNow: Date }) {
  await throttleRequest({ "registration-ip": ip });
  if (await db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber } })) {
    throw new DomainError("VALIDATION", undefined, { kvkNumber: "Met dit KvK-nummer is al een organisatie geregistreerd. Vraag een collega om u uit te nodigen, of neem contact op met het Servicebureau." });
  }
  const problem = passwordProblem(input.password, [input.name, input.email, input.organisationName]);
  if (problem) throw new DomainError("VALIDATION", undefined, { password: problem });

  const existing = await db.user.findUnique({ where: { email: input.email } });
  if (existing) {
    await db.$transaction((tx) =>
      queueMail(tx, [{ to: existing.email, subject: "Poging tot registratie met uw e-mailadres", text: `Iemand probeerde een nieuwe organisatie te registreren met uw e-mailadres. U heeft al een account: log in via ${baseUrl()}/inloggen of vraag een nieuw wachtwoord aan via ${baseUrl()}/wachtwoord-vergeten. Was u dit niet, dan kunt u dit bericht negeren.` }], realNow),
    );
    return;
  }
  const passwordHash = await hashPassword(input.password);
  const { token, tokenHash } = generateToken();
  await db.$transaction(async (tx) => {
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

const INVALID = "Deze bevestigingslink is ongeldig, al gebruikt of verlopen. Registreer opnieuw of neem contact op met het Servicebureau.";

export async function confirmEmail({ token, realNow }: { token: string; realNow: Date }) {
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.kind !== "EMAIL_CONFIRMATION" || row.usedAt || row.expiresAt <= realNow) throw new DomainError("NOT_FOUND", INVALID);
  await db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: realNow } });
    if (claimed.count !== 1) throw new DomainError("NOT_FOUND", INVALID);
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: realNow } });
    await recordAudit(tx, { userId: row.userId, organisationId: row.user.organisationId }, realNow, { action: "user.confirmEmail", entityType: "User", entityId: row.userId });
  });
  return { email: row.user.email };
}
