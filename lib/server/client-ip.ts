import "server-only";
import { headers } from "next/headers";

/** The client's address as the proxy in front of the portal reports it (first X-Forwarded-For entry). */
export function clientIpFrom(forwardedFor: unknown): string {
  const first = typeof forwardedFor === "string" ? forwardedFor.split(",")[0]?.trim() : undefined;
  return first || "onbekend";
}

/** In a server action or route: the current request's client address. */
export async function currentClientIp(): Promise<string> {
  return clientIpFrom((await headers()).get("x-forwarded-for") ?? undefined);
}
