import "server-only";
import { recordAudit } from "../audit";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { throttleRequest } from "../request-throttle";
import { generateToken } from "../tokens";

const RESET_MINUTES = 60;
const MAX_OPEN_LINKS = 3;

/**
 * "Wachtwoord vergeten": sends a single-use link valid for an hour to an
 * active account. The caller always shows the same answer, whether the
 * address exists or not, so this reveals nothing; at most three open links
 * per account at a time, and a limited number of requests per IP address and
 * per address asked for (counted for unknown addresses too). Works for an
 * invited user who never set a password, too: the link sets the first one.
 */
export async function requestPasswordReset({ email, ip, realNow }: { email: string; ip: string; realNow: Date }): Promise<void> {
  await throttleRequest({ "reset-ip": ip, "reset-email": email });
  const user = await db.user.findUnique({ where: { email }, include: { organisation: true } });
  const eligible = user !== null && user.active && user.organisation.active;
  // Roughly the same work whatever the address: the count (on an id that
  // cannot exist when there is no account), a token, and a transaction of
  // three indexed statements, so the response time does not tell whether the
  // address has an account.
  const open = await db.userToken.count({ where: { userId: user?.id ?? "", kind: "PASSWORD_RESET", usedAt: null, expiresAt: { gt: realNow } } });
  const { token, tokenHash } = generateToken();
  if (!eligible || open >= MAX_OPEN_LINKS) {
    await db.$transaction(async (tx) => {
      await tx.userToken.findUnique({ where: { tokenHash } });
      await tx.user.findUnique({ where: { email }, select: { id: true } });
      await tx.userToken.count({ where: { userId: user?.id ?? "", kind: "PASSWORD_RESET" } });
    });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.userToken.create({
      data: { kind: "PASSWORD_RESET", tokenHash, userId: user.id, createdAt: realNow, expiresAt: new Date(realNow.getTime() + RESET_MINUTES * 60_000) },
    });
    await queueMail(
      tx,
      [{
        to: user.email,
        subject: "Nieuw wachtwoord instellen",
        text:
          `Beste ${user.name},\n\nU (of iemand anders) vroeg een nieuw wachtwoord aan voor het Inkoopportaal. Stel binnen een uur een ` +
          `nieuw wachtwoord in via deze link:\n\n${baseUrl()}/wachtwoord-instellen/${token}\n\nDe link werkt één keer. Vroeg u niets aan? ` +
          "Dan kunt u dit bericht negeren; uw wachtwoord blijft ongewijzigd.",
      }],
      realNow,
    );
    await recordAudit(tx, { userId: user.id, organisationId: user.organisationId }, realNow, {
      action: "user.requestPasswordReset", entityType: "User", entityId: user.id,
    });
  });
}
