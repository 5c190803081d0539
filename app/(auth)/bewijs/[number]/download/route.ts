import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { getReceiptView } from "@/lib/server/queries/receipts";

/** The receipt as a JSON file to keep: metadata plus the canonical content its hash covers. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Log in om dit ontvangstbewijs te downloaden.", { status: 401 });
  const { number } = await params;
  try {
    const r = await getReceiptView(actor, number.slice(0, 40));
    const body = JSON.stringify(
      {
        ontvangstbewijs: r.number,
        ontvangen: r.receivedAt.toISOString(),
        ingediendDoor: r.submittedByName,
        organisatie: r.organisationName,
        onderwerp: r.what,
        versie: r.version,
        sha256: r.contentSha256,
        sha256Over: "de tekst in 'inhoud' (canonieke JSON, UTF-8)",
        inhoud: r.canonicalContent,
      },
      null,
      2,
    );
    return new Response(body, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="ontvangstbewijs-${r.number}.json"` },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return new Response("Niet gevonden.", { status: 404 });
    throw error;
  }
}
