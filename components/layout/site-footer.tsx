import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export async function SiteFooter() {
  const procedure = await getCurrentProcedure().catch(() => null);
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p>
          Servicebureau Jeugdhulp Haaglanden, namens de regiogemeenten {procedure?.region ?? "Haaglanden"}.
          {procedure ? <> Contact: <a href={`mailto:${procedure.contactEmail}`}>{procedure.contactEmail}</a>.</> : null}
        </p>
        <p className="mt-1">Alle tijden in Europe/Amsterdam (CET/CEST).</p>
      </div>
    </footer>
  );
}
