"use client";
import { checkWordLimit } from "@/lib/domain/selection/word-count";

/** The live word count of a topic against its limit; referenced by the textarea's aria-describedby. */
export function WordCount({ id, text, limit }: { id: string; text: string; limit: number }) {
  const check = checkWordLimit(text, limit);
  return (
    <p id={id} data-testid="word-count" className={`text-sm ${check.withinLimit ? "text-slate-700" : "font-semibold text-red-700"}`}>
      {check.summary}
    </p>
  );
}
