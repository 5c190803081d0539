"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3" role="alert">
      <h1 className="text-2xl font-bold">Er ging iets mis</h1>
      <p>Er ging iets mis aan onze kant. Er is niets verloren gegaan van wat u al had ingediend.</p>
      <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
        Opnieuw proberen
      </button>
    </div>
  );
}
