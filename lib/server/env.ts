import "server-only";

// The only place that reads process.env for the portal's own settings.

/** Demo mode: demo accounts and a settable clock. Never on in production. */
export function isDemoMode(): boolean {
  return process.env.PORTAL_DEMO === "1";
}

export function baseUrl(): string {
  return (process.env.PORTAL_BASE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** next-auth's signing secret (required by next-auth in production mode). */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
}
