import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "@/lib/domain/errors";
import { db } from "./db";

// Public requests that send e-mail (registration, "wachtwoord vergeten") are
// limited per IP address and, for resets, per e-mail address — counted
// whether or not the address exists, so the limit reveals nothing. Counters
// live in PostgreSQL (rate-limiter-flexible), like the login throttle.
// Uploads are limited per user, so one account cannot fill the disk.

const HOUR = 3600;
const LIMITS = {
  "registration-ip": { points: 5, duration: HOUR },
  "reset-ip": { points: 10, duration: HOUR },
  "reset-email": { points: 5, duration: HOUR },
  "upload-user": { points: 60, duration: HOUR },
} as const;
type LimitKey = keyof typeof LIMITS;

const limiters = new Map<LimitKey, RateLimiterPrisma>();
function limiter(key: LimitKey): RateLimiterPrisma {
  let l = limiters.get(key);
  if (!l) {
    l = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: key, ...LIMITS[key], clearExpiredByTimeout: false });
    limiters.set(key, l);
  }
  return l;
}

/** Counts one request against every given limit; refuses with a Dutch message once one is used up. */
export async function throttleRequest(limits: Partial<Record<LimitKey, string>>, what = "Te veel aanvragen kort na elkaar."): Promise<void> {
  let waitMs = 0;
  for (const [key, value] of Object.entries(limits) as [LimitKey, string][]) {
    try {
      await limiter(key).consume(value);
    } catch (reason) {
      if (!(reason instanceof RateLimiterRes)) throw reason;
      waitMs = Math.max(waitMs, reason.msBeforeNext);
    }
  }
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    throw new DomainError("RATE_LIMITED", `${what} Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`);
  }
}

/** Counts one upload of this user: at most 60 an hour. */
export function throttleUpload(userId: string): Promise<void> {
  return throttleRequest({ "upload-user": userId }, `U heeft het afgelopen uur het maximum van ${LIMITS["upload-user"].points} bestanden geüpload.`);
}
