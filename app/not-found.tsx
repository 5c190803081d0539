import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet of is niet voor u zichtbaar.</p>
      <p><Link href="/">Naar de procedure</Link></p>
    </div>
  );
}
