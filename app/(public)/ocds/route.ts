import { baseUrl } from "@/lib/server/env";
import { getNow } from "@/lib/server/clock";
import { getOcdsReleasePackage, ocdsFileName } from "@/lib/server/queries/ocds";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// The procedure as an Open Contracting (OCDS 1.1) release package: only
// published data (docs/decisions/0014-ocds-export.md). Public, read-only.

export const dynamic = "force-dynamic";

export async function GET() {
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const body = await getOcdsReleasePackage(now, `${baseUrl()}/ocds`);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ocdsFileName(procedure.slug, now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
