"use client";
import { useAction } from "next-safe-action/hooks";
import { setOrganisationActiveAction, setUserActiveAction } from "@/lib/actions/users";

/** Staff: (de)activate an organisation or user; the page refreshes with the new state. */
export function ActiveToggle({ kind, id, active, label }: { kind: "organisation" | "user"; id: string; active: boolean; label: string }) {
  const action = useAction(kind === "organisation" ? setOrganisationActiveAction : setUserActiveAction);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={action.isPending}
        onClick={() => action.execute({ id, active: !active })}
        className="min-h-11 rounded-md px-2 text-sm font-semibold text-brand-700 underline"
      >
        {active ? `${label} deactiveren` : `${label} activeren`}
      </button>
      {action.result.serverError ? <span role="alert" className="text-sm text-red-700">{action.result.serverError.message}</span> : null}
    </span>
  );
}
