import Link from "next/link";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatNoticeDate, type NoticeView } from "./notice-summary";

export interface NoticeRow {
  key: string;
  /** Shown (with a link) in the staff overview; left out on one provider's page. */
  provider?: { name: string; href: string };
  notice: NoticeView;
  versionCount?: number;
}

const th = "border-b border-slate-300 px-2 py-2 text-left align-bottom font-semibold text-slate-700";
const td = "px-2 py-2 align-top";

/** Opt-out notices for staff: one row per notice, received time with its zone, a link to each receipt. */
export function NoticesTable({ caption, rows }: { caption: string; rows: NoticeRow[] }) {
  const withProvider = rows.some((r) => r.provider);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {withProvider ? <th scope="col" className={th}>Aanbieder</th> : null}
            <th scope="col" className={th}>Versie</th>
            <th scope="col" className={th}>Omvang en segmenten</th>
            <th scope="col" className={th}>Datum opzegging</th>
            <th scope="col" className={th}>Ondertekenaar</th>
            <th scope="col" className={th}>Ontvangen</th>
            <th scope="col" className={th}>Ontvangstbewijs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, provider, notice, versionCount }) => (
            <tr key={key} className="border-b border-slate-100">
              {withProvider ? (
                <th scope="row" className={`${td} text-left font-medium`}>
                  {provider ? <Link href={provider.href}>{provider.name}</Link> : null}
                </th>
              ) : null}
              <td className={td}>{versionCount ? `${notice.version} van ${versionCount}` : notice.version}</td>
              <td className={td}>
                {notice.scopeLabel}
                <span className="block text-slate-700">{notice.segments.join(", ")}</span>
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatNoticeDate(notice.noticeOn)}</td>
              <td className={td}>
                {notice.signatoryName}
                <span className="block text-slate-700">{notice.signatoryFunction}</span>
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatDateTimeWithZone(notice.submittedAt)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {notice.receiptNumber ? <Link href={`/bewijs/${notice.receiptNumber}`}>{notice.receiptNumber}</Link> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
