import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Geen toegang</h1>
      <p>Deze pagina is niet bedoeld voor uw rol. Er is niets gewijzigd.</p>
      <p><Link href="/mijn">Naar mijn overzicht</Link></p>
    </div>
  );
}
