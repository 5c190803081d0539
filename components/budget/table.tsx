import type { ReactNode } from "react";

// Small table primitives for the budget pages: a caption on every table,
// headers with scope, numbers right-aligned and never wrapped mid-amount.

export function DataTable({ caption, captionVisible = false, children, minWidth = "36rem" }: {
  caption: string;
  /** Show the caption as a small title above the table (otherwise for screen readers only). */
  captionVisible?: boolean;
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    // Focusable so keyboard users can scroll a wide table on a narrow screen (WCAG 2.1.1);
    // relative, so screen-reader-only text in a wide table cannot widen the page.
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm" style={{ minWidth }}>
        <caption className={captionVisible ? "mb-2 text-left text-sm font-semibold text-slate-900" : "sr-only"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, numeric = false, className = "" }: { children?: ReactNode; numeric?: boolean; className?: string }) {
  return (
    <th scope="col" className={`border-b border-slate-300 px-2 py-2 align-bottom font-semibold text-slate-700 ${numeric ? "text-right" : ""} ${className}`}>
      {children}
    </th>
  );
}

export function RowTh({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <th scope="row" className={`px-2 py-2 align-top font-medium ${className}`}>{children}</th>;
}

export function Td({ children, numeric = false, strong = false, className = "" }: {
  children?: ReactNode;
  numeric?: boolean;
  strong?: boolean;
  className?: string;
}) {
  return (
    <td className={`px-2 py-2 align-top ${numeric ? "whitespace-nowrap text-right tabular-nums" : ""} ${strong ? "font-semibold" : ""} ${className}`}>
      {children}
    </td>
  );
}

export function Tr({ children, total = false }: { children: ReactNode; total?: boolean }) {
  return <tr className={total ? "border-t-2 border-slate-400 bg-slate-50" : "border-b border-slate-100"}>{children}</tr>;
}
