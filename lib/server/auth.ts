import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor, Role } from "@/lib/domain/actor";
import { loginSchema } from "@/lib/schemas/auth";
import { db } from "./db";
import { getRealNow } from "./clock";
import { authSecret } from "./env";
import { authenticate, SESSION_HOURS } from "./services/authenticate";
import { resolveActor } from "./session";

// All of next-auth lives behind this file (docs/decisions/0001). The JWT only
// identifies a login (AuthSession id) and the user's session version; role,
// organisation and active flags are read from the database on every request,
// so deactivation or "log out everywhere" takes effect on the next request.

/** Error codes thrown from authorize(); the login form maps them to Dutch. */
export const LOGIN_ERRORS = {
  invalid: "CredentialsSignin",
  inactive: "ACCOUNT_INACTIVE",
  unconfirmed: "EMAIL_UNCONFIRMED",
  rateLimited: "RATE_LIMITED",
} as const;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "onbekend";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
        const userAgent = req.headers?.["user-agent"];
        const result = await authenticate({
          ...parsed.data,
          ip: clientIp(req.headers),
          userAgent: typeof userAgent === "string" ? userAgent : null,
          realNow: getRealNow(),
        });
        if (result.ok) return { id: result.userId, sid: result.sessionId, sv: result.sessionVersion };
        if (result.error === "RATE_LIMITED") throw new Error(`${LOGIN_ERRORS.rateLimited}:${result.retryAfterSeconds}`);
        if (result.error === "INACTIVE") throw new Error(LOGIN_ERRORS.inactive);
        throw new Error(result.error === "UNCONFIRMED" ? LOGIN_ERRORS.unconfirmed : LOGIN_ERRORS.invalid);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sid;
        token.sv = user.sv;
      }
      return token;
    },
    session({ session, token }) {
      // Nothing about the user goes to the browser but the login id.
      return { expires: session.expires, sid: token.sid, uid: token.uid, sv: token.sv };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") {
        await db.authSession.updateMany({ where: { id: token.sid, revokedAt: null }, data: { revokedAt: getRealNow() } });
      }
    },
  },
};

async function loadActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  if (!session?.sid || !session.uid || session.sv === undefined) return null;
  return resolveActor({ sid: session.sid, uid: session.uid, sv: session.sv }, getRealNow());
}

/** The current actor, read from the database once per request; null if not logged in. */
export const getActor = cache(loadActor);

/**
 * For restricted pages: redirects anonymous users to the login page and
 * answers 403 to a logged-in user of another role.
 */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/inloggen");
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
