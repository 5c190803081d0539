import { Badge } from "@/components/ui/badge";
import { formatDateTimeWithZone } from "@/lib/domain/format";

interface TieView {
  id: string;
  method: "DRAW" | "INVITE_ALL";
  reason: string;
  seed: string | null;
  decidedAt: Date;
  decidedBy: string;
  participants: unknown;
  outcome: unknown;
  verified: boolean | null;
}

/** A recorded tie resolution: the reason, and for a draw the seed, the participants and the tickets, so anyone can redo it. */
export function TieRecord({ tie, names }: { tie: TieView; names: Map<string, string> }) {
  const label = (id: string) => `${names.get(id) ?? id} (${id})`;
  const participants = Array.isArray(tie.participants) ? (tie.participants as string[]) : [];
  const outcome = (tie.outcome ?? {}) as { order?: { participantId: string; ticket: string }[]; winnerIds?: string[]; invitedIds?: string[] };
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong>{tie.method === "DRAW" ? "Loting" : "Alle gelijk geëindigde aanbieders uitgenodigd"}</strong> op {formatDateTimeWithZone(tie.decidedAt)} door {tie.decidedBy}.{" "}
        {tie.verified === true ? <Badge tone="success">Loting nagespeeld: zelfde uitkomst</Badge> : tie.verified === false ? <Badge tone="warning">Loting wijkt af bij naspelen</Badge> : null}
      </p>
      <p>Reden: {tie.reason}</p>
      {tie.method === "DRAW" ? (
        <>
          <p className="break-all">Seed: <code>{tie.seed}</code></p>
          <p>Deelnemers (vaste volgorde, gesorteerd op id): {participants.map(label).join("; ")}</p>
          <ol className="list-decimal space-y-1 pl-5">
            {(outcome.order ?? []).map((e) => (
              <li key={e.participantId} className="break-all">
                {label(e.participantId)}: <code>{e.ticket}</code>{outcome.winnerIds?.includes(e.participantId) ? " — getrokken" : ""}
              </li>
            ))}
          </ol>
          <p className="text-slate-700">Naspelen: per deelnemer <code>printf &apos;%s&apos; &quot;&lt;seed&gt;:&lt;id&gt;&quot; | sha256sum</code>; de laagste waarden winnen (algoritme sha256-order-v1).</p>
        </>
      ) : (
        <p>Uitgenodigd: {(outcome.invitedIds ?? participants).map(label).join("; ")}</p>
      )}
    </div>
  );
}
