import "server-only";
import { createSafeActionClient } from "next-safe-action";
import type { Actor, Role } from "@/lib/domain/actor";
import { DomainError, isDomainError, type ErrorCode } from "@/lib/domain/errors";
import { getActor, getLoginAwaitingSecondFactor } from "./auth";
import { getNow } from "./clock";

// Every server action is a public POST endpoint. Actions are built only from
// the role clients below: each loads the actor from the database (never from
// client input) and the server's clock, and refuses other roles. Expected
// failures (DomainError) pass through with their Dutch message; anything else
// is logged and masked.

export interface ActionServerError {
  code: ErrorCode | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string>;
}

const GENERIC_ERROR = "Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het later opnieuw.";

export const actionClient = createSafeActionClient({
  handleServerError(error): ActionServerError {
    if (isDomainError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[action] unexpected error", error);
    return { code: "INTERNAL", message: GENERIC_ERROR };
  },
});

export interface ActionContext {
  actor: Actor;
  now: Date;
}

export const authenticatedAction = actionClient.use(async ({ next }) => {
  const actor = await getActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  const now = await getNow();
  return next({ ctx: { actor, now } satisfies ActionContext });
});

/**
 * Only for setting up two-step verification: any login, including a staff
 * login that must set it up before anything else.
 */
export const secondFactorSetupAction = actionClient.use(async ({ next }) => {
  const actor = (await getActor()) ?? (await getLoginAwaitingSecondFactor());
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  return next({ ctx: { actor } });
});

function roleAction(...roles: Role[]) {
  return authenticatedAction.use(async ({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) throw new DomainError("FORBIDDEN");
    return next({ ctx });
  });
}

export const staffAction = roleAction("STAFF");
export const providerAction = roleAction("PROVIDER");
export const schoolAction = roleAction("SCHOOL");
export const municipalityAction = roleAction("MUNICIPALITY");
export const councilAction = roleAction("COUNCIL");
/** Reactions may come from providers and from the youth and parent councils. */
export const reactionAction = roleAction("PROVIDER", "COUNCIL");
