"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function LogoutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/" });
      }}
      className="min-h-11 rounded-md px-3 py-1 font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800"
    >
      {busy ? "Bezig met uitloggen…" : "Uitloggen"}
    </button>
  );
}
