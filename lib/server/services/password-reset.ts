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
 * per address asked for (counted for unknown addresses too).
 */
export async function requestPasswordReset({ email, ip, realNow }: { email: string; ip: string; realNow: Date }): Promise<void> {
  await throttleRequest({ "reset-ip": ip, "reset-email": email });
  const user = await db.user.findUnique({ where: { email }, include: { organisation: true } });
  if (!user || !user.active || !user.organisation.active) return;
  const open = await db.userToken.count({ where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null, expiresAt: { gt: realNow } } });
  if (open >= MAX_OPEN_LINKS) return;
  const { token, tokenHash } = generateToken();
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
