"use client";
import { formatRecoveryCode } from "@/lib/domain/second-factor";
import { Button } from "@/components/ui/button";

/** Recovery codes, shown once: to write down, print or download. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const formatted = codes.map(formatRecoveryCode);
  function download() {
    const text = [
      "Herstelcodes — Inkoopportaal Jeugdhulp op School",
      "Elke code werkt één keer, in plaats van de code uit uw authenticator-app.",
      "",
      ...formatted,
      "",
    ].join("\n");
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "herstelcodes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Bewaar deze herstelcodes op een veilige plek, los van uw telefoon. Elke code werkt één keer. Ze worden{" "}
        <strong>alleen nu</strong> getoond.
      </p>
      <ul aria-label="Herstelcodes" className="grid grid-cols-2 gap-2 font-mono sm:grid-cols-3" data-testid="recovery-codes">
        {formatted.map((code) => (
          <li key={code} className="rounded border border-slate-300 bg-white px-2 py-1 text-center">{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={download}>Downloaden als tekstbestand</Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>Afdrukken</Button>
      </div>
    </div>
  );
}
