"use server";
import { revalidatePath } from "next/cache";
import { inviteUserSchema, setActiveSchema } from "@/lib/schemas/users";
import { authenticatedAction, staffAction } from "@/lib/server/action-client";
import { getRealNow } from "@/lib/server/clock";
import { inviteUser, setOrganisationActive, setUserActive } from "@/lib/server/services/users";

/** Staff invite into any organisation; providers and schools into their own (checked in the service). */
export const inviteUserAction = authenticatedAction.inputSchema(inviteUserSchema).action(async ({ parsedInput, ctx }) => {
  const user = await inviteUser({ actor: ctx.actor, input: parsedInput, realNow: getRealNow() });
  revalidatePath("/beheer/organisaties");
  revalidatePath("/account/collegas");
  return { email: user.email };
});

export const setOrganisationActiveAction = staffAction.inputSchema(setActiveSchema).action(async ({ parsedInput, ctx }) => {
  await setOrganisationActive({ actor: ctx.actor, id: parsedInput.id, active: parsedInput.active, realNow: getRealNow() });
  revalidatePath("/beheer/organisaties");
  return { ok: true };
});

export const setUserActiveAction = staffAction.inputSchema(setActiveSchema).action(async ({ parsedInput, ctx }) => {
  await setUserActive({ actor: ctx.actor, id: parsedInput.id, active: parsedInput.active, realNow: getRealNow() });
  revalidatePath("/beheer/organisaties");
  return { ok: true };
});
