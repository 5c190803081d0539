import type { ReactNode } from "react";

export function Card({ title, children, headingLevel = 2, className = "", id }: {
  title?: string;
  /** For a link to this card (href="#id"). */
  id?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // The heading names the region, so it is a landmark with a name.
  const headingId = title ? `kaart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}` : undefined;
  return (
    <section id={id} aria-labelledby={headingId} className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>
      {title ? <Heading id={headingId} className="mb-3 text-lg font-semibold">{title}</Heading> : null}
      {children}
    </section>
  );
}
