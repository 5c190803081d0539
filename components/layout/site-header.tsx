import Link from "next/link";
import { ROLE_HOME, ROLE_LABELS } from "@/lib/domain/actor";
import { getActor, getLoginAwaitingSecondFactor } from "@/lib/server/auth";
import { LogoutButton } from "./logout-button";

export async function SiteHeader() {
  const actor = await getActor();
  // A staff login that still has to set up two-step verification: only its name and "Uitloggen".
  const pending = actor ? null : await getLoginAwaitingSecondFactor();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-base font-bold text-brand-800 no-underline sm:text-lg">
          Inkoopportaal Collectieve Jeugdhulp op School
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="flex flex-wrap items-center gap-3 text-sm">
            <li><Link href="/">Procedure</Link></li>
            <li><Link href="/tijdlijn">Tijdlijn</Link></li>
            <li><Link href="/nota-van-inlichtingen">Nota van inlichtingen</Link></li>
            {actor ? (
              <>
                <li>
                  <Link href={ROLE_HOME[actor.role]}>Mijn overzicht</Link>
                </li>
                <li><Link href="/account/sessies">Mijn sessies</Link></li>
                <li><Link href="/account/tweestapsverificatie">Tweestapsverificatie</Link></li>
                <li className="text-slate-700">
                  <span className="sr-only">Ingelogd als </span>
                  {actor.name} <span className="text-slate-500">({ROLE_LABELS[actor.role]})</span>
                </li>
                <li><LogoutButton /></li>
              </>
            ) : pending ? (
              <>
                <li className="text-slate-700">
                  <span className="sr-only">Ingelogd als </span>
                  {pending.name}
                </li>
                <li><LogoutButton /></li>
              </>
            ) : (
              <li><Link href="/inloggen">Inloggen</Link></li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
