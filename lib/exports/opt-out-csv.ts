// The staff export of opt-out notices (issue 4): one line per submitted
// version, the version in force marked. Semicolon-separated UTF-8 with a BOM
// and CRLF line ends, which Dutch Excel opens without an import wizard.

import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { OptOutNoticeSummary } from "@/lib/domain/opt-out";

export interface OptOutExportNotice extends OptOutNoticeSummary {
  contentSha256: string | null;
}

export interface OptOutExportProvider {
  organisationName: string;
  kvkNumber: string | null;
  /** Newest first. */
  versions: OptOutExportNotice[];
}

const BOM = "\uFEFF";

export const OPT_OUT_CSV_HEADER = [
  "Aanbieder", "KvK-nummer", "Versie", "Geldende versie", "Aantal versies", "Omvang", "Segmenten", "Datum opzegging",
  "Ondertekenaar", "Functie ondertekenaar", "Ontvangen (Europe/Amsterdam)", "Ontvangen (UTC)", "Ontvangstbewijs", "SHA-256 van de inhoud",
];

/**
 * One CSV field. Quoted when it holds a separator, quote or line break; a
 * leading = + - @ or tab gets a ' so that a spreadsheet never runs it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "2025-08-08" -> "08-08-2025" */
function dutchDate(localDate: string): string {
  const [y, m, d] = localDate.split("-");
  return `${d}-${m}-${y}`;
}

export function buildOptOutCsv(providers: readonly OptOutExportProvider[]): string {
  const lines = [OPT_OUT_CSV_HEADER];
  for (const p of providers) {
    p.versions.forEach((n, index) => {
      lines.push([
        p.organisationName,
        p.kvkNumber ?? "",
        String(n.version),
        index === 0 ? "ja" : "nee",
        String(p.versions.length),
        n.scopeLabel,
        n.segments.join(", "),
        dutchDate(n.noticeOn),
        n.signatoryName,
        n.signatoryFunction,
        formatDateTimeWithZone(n.submittedAt),
        n.submittedAt.toISOString(),
        n.receiptNumber ?? "",
        n.contentSha256 ?? "",
      ]);
    });
  }
  return BOM + lines.map((cells) => cells.map(csvField).join(";")).join("\r\n") + "\r\n";
}
