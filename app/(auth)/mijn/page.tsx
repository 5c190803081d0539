import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/domain/actor";
import { getActor } from "@/lib/server/auth";

/** After login: each role has its own landing page. */
export default async function MyHomePage() {
  const actor = await getActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/inloggen");
}
