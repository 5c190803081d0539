import { describeOwnTie, ownTicketCheck, type OwnTieView } from "@/lib/domain/selection/tie-view";

/**
 * A tie at the invitation cut-off as a provider in it sees it: the recorded
 * draw (seed, its own id and ticket, every ticket in draw order) or the
 * invite-all decision with its reason. Other participants stay anonymous.
 * `rank` is left out before publication.
 */
export function OwnTie({ tie, rank, headingId, school }: { tie: OwnTieView; rank: number | null; headingId: string; school?: string }) {
  const check = ownTicketCheck(tie);
  return (
    <div className="space-y-2 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" aria-labelledby={headingId} role="group">
      <h3 id={headingId} className="font-semibold">{tie.method === "DRAW" ? "Loting bij gelijke stand" : "Gelijke stand: alle gelijk geëindigde aanbieders uitgenodigd"}{school ? ` (${school})` : ""}</h3>
      <p className="break-words">{describeOwnTie(tie, rank)}</p>
      {tie.draw ? (
        <>
          <p>De loten in volgorde van de loting (de laagste {tie.openSlots === 1 ? "waarde wint" : `${tie.openSlots} waarden winnen`}):</p>
          <ol className="list-decimal space-y-1 pl-5">
            {tie.draw.tickets.map((t) => (
              <li key={t.position} className="break-all">
                <code>{t.ticket}</code>{t.own ? " (uw lot)" : ""}{t.drawn ? " — getrokken" : ""}
              </li>
            ))}
          </ol>
          <p className="break-all text-slate-700">
            Uw eigen lot controleert u met <code>{check}</code>. {tie.draw.verified ? "Het portaal heeft de loting nagespeeld: zelfde uitkomst." : "Let op: bij naspelen wijkt de loting af; neem contact op met het Servicebureau."}
          </p>
        </>
      ) : null}
    </div>
  );
}
