import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { isDomainError } from "@/lib/domain/errors";

/** For pages behind the seal: a refusal with its Dutch reason becomes a message; NOT_FOUND a 404. */
export function refusalOf(error: unknown): { refused: string } {
  if (isDomainError(error) && (error.code === "FORBIDDEN" || error.code === "PHASE_CLOSED")) return { refused: error.message };
  if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}

export function RefusalPage({ title, message, back }: { title: string; message: string; back: { href: string; label: string } }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert tone="warning">{message}</Alert>
      <p><Link href={back.href}>{back.label}</Link></p>
    </div>
  );
}
