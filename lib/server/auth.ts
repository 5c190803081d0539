import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor, Role } from "@/lib/domain/actor";
import { loginSchema } from "@/lib/schemas/auth";
import { db } from "./db";
import { clientIpFrom } from "./client-ip";
import { getRealNow } from "./clock";
import { authSecret } from "./env";
import { authenticate, SESSION_HOURS } from "./services/authenticate";
import { resolveLogin, type ResolvedLogin } from "./session";

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
  secondFactorRequired: "SECOND_FACTOR_REQUIRED",
  secondFactorInvalid: "SECOND_FACTOR_INVALID",
} as const;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(LOGIN_ERRORS.invalid);
        const userAgent = req.headers?.["user-agent"];
        const result = await authenticate({
          ...parsed.data,
          ip: clientIpFrom(req.headers?.["x-forwarded-for"]),
          userAgent: typeof userAgent === "string" ? userAgent : null,
          realNow: getRealNow(),
        });
        if (result.ok) return { id: result.userId, sid: result.sessionId, sv: result.sessionVersion };
        if (result.error === "RATE_LIMITED") throw new Error(`${LOGIN_ERRORS.rateLimited}:${result.retryAfterSeconds}`);
        if (result.error === "INACTIVE") throw new Error(LOGIN_ERRORS.inactive);
        if (result.error === "SECOND_FACTOR_REQUIRED") throw new Error(LOGIN_ERRORS.secondFactorRequired);
        if (result.error === "SECOND_FACTOR_INVALID") throw new Error(LOGIN_ERRORS.secondFactorInvalid);
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

const loadLogin = cache(async (): Promise<ResolvedLogin | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sid || !session.uid || session.sv === undefined) return null;
  return resolveLogin({ sid: session.sid, uid: session.uid, sv: session.sv }, getRealNow());
});

/**
 * The current actor, read from the database once per request; null if not
 * logged in, or if the login still has to set up two-step verification (such
 * a login can do nothing but that).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const login = await loadLogin();
  return login && !login.secondFactorSetupRequired ? login.actor : null;
});

/** A login that must set up two-step verification first (staff, first login); null otherwise. */
export async function getLoginAwaitingSecondFactor(): Promise<Actor | null> {
  const login = await loadLogin();
  return login?.secondFactorSetupRequired ? login.actor : null;
}

export const SECOND_FACTOR_SETUP_PATH = "/account/tweestapsverificatie";

/**
 * For restricted pages: redirects anonymous users to the login page, a login
 * without its required second factor to the setup page, and answers 403 to a
 * logged-in user of another role.
 */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const login = await loadLogin();
  if (!login) redirect("/inloggen");
  if (login.secondFactorSetupRequired) redirect(SECOND_FACTOR_SETUP_PATH);
  if (!roles.includes(login.actor.role)) forbidden();
  return login.actor;
}
