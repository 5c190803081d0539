import Link from "next/link";
import { formatDateTimeWithZone, formatLocalDate } from "@/lib/domain/format";
import type { OptOutNoticeSummary } from "@/lib/domain/opt-out";

export type NoticeView = OptOutNoticeSummary;

export function formatNoticeDate(localDate: string): string {
  return formatLocalDate(localDate);
}

/** What an opt-out notice says, as submitted (a submitted version never changes). */
export function NoticeSummary({ notice, versionCount }: { notice: NoticeView; versionCount?: number }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium">Versie</dt>
      <dd>{notice.version}{versionCount && versionCount > 1 ? ` (vervangt ${versionCount - 1 === 1 ? "de eerdere versie" : `${versionCount - 1} eerdere versies`})` : ""}</dd>
      <dt className="font-medium">Omvang</dt>
      <dd>{notice.scopeLabel}</dd>
      <dt className="font-medium">Opgezegde segmenten</dt>
      <dd>{notice.segments.join(", ") || "—"}</dd>
      <dt className="font-medium">Datum van de opzegging</dt>
      <dd>{formatNoticeDate(notice.noticeOn)}</dd>
      <dt className="font-medium">Ondertekend door</dt>
      <dd>{notice.signatoryName}, {notice.signatoryFunction}</dd>
      <dt className="font-medium">Ontvangen</dt>
      <dd>{formatDateTimeWithZone(notice.submittedAt)} (tijd van de server)</dd>
      <dt className="font-medium">Ontvangstbewijs</dt>
      <dd>{notice.receiptNumber ? <Link href={`/bewijs/${notice.receiptNumber}`}>{notice.receiptNumber}</Link> : "—"}</dd>
    </dl>
  );
}
