import Link from "next/link";

/** Another organisation's application id, or one that does not exist: the same answer. */
export default function ApplicationNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Aanvraag niet gevonden</h1>
      <p>Deze aanvraag bestaat niet of is niet van uw organisatie.</p>
      <p><Link href="/aanbieder/toelating">Naar uw aanvraag tot toelating</Link></p>
    </div>
  );
}
