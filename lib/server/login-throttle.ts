import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./db";

// Failed logins are counted per account and per IP address in PostgreSQL
// (rate-limiter-flexible), so the limits hold across server processes. After
// too many failures within the window, further attempts are refused unchecked
// until the window has passed.

const WINDOW_SECONDS = 15 * 60;
const perAccount = () =>
  new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: "login-account", points: 5, duration: WINDOW_SECONDS, clearExpiredByTimeout: false });
const perIp = () =>
  new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: "login-ip", points: 30, duration: WINDOW_SECONDS, clearExpiredByTimeout: false });

let limiters: { account: RateLimiterPrisma; ip: RateLimiterPrisma } | undefined;
function getLimiters() {
  limiters ??= { account: perAccount(), ip: perIp() };
  return limiters;
}

/** Seconds until another attempt is allowed, or 0 if allowed now. */
export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  const { account, ip: ipLimiter } = getLimiters();
  const [a, i] = await Promise.all([account.get(email), ipLimiter.get(ip)]);
  const blocked = [
    a && a.consumedPoints >= account.points ? a.msBeforeNext : 0,
    i && i.consumedPoints >= ipLimiter.points ? i.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const { account, ip: ipLimiter } = getLimiters();
  await Promise.all([account.consume(email).catch(ignoreLimit), ipLimiter.consume(ip).catch(ignoreLimit)]);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await getLimiters().account.delete(email);
}

function ignoreLimit(reason: unknown) {
  // consume() rejects with a RateLimiterRes once the limit is passed; the
  // point is still counted, which is all we need here.
  if (reason instanceof RateLimiterRes) return;
  throw reason;
}
