import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { db } from "@/lib/server/db";
import { throttleUpload } from "@/lib/server/request-throttle";
import { readDocumentForActor, uploadDocument } from "@/lib/server/services/documents";
import { submitReaction } from "@/lib/server/services/reactions";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

const now = localDateTimeToInstant("2025-06-01T10:00");
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
let procedureId: string;
let uploadDir: string;

describe("documents on disk", () => {
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), "portal-uploads-"));
    process.env.PORTAL_UPLOAD_DIR = uploadDir;
  });
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now })).procedureId;
  });

  it("stores a PDF on disk with its SHA-256 and a safe name", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const doc = await uploadDocument({ actor: provider, fileName: "../../reactie", bytes: pdf, now });
    expect(doc).toMatchObject({ fileName: ".._.._reactie.pdf", mimeType: "application/pdf", sizeBytes: pdf.length });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new Uint8Array(await readFile(path.join(uploadDir, doc.storageKey)))).toEqual(pdf);
  });

  it("refuses a renamed executable and writes nothing", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    await expect(uploadDocument({ actor: provider, fileName: "brief.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]), now })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.document.count()).toBe(0);
  });

  it("attaches to a reaction (hash in the receipt); staff may then read it, another provider never", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const doc = await uploadDocument({ actor: provider, fileName: "onderbouwing.pdf", bytes: pdf, now });
    const staff = await actorFor(demoAccounts.staff.email);
    const other = await actorFor(demoAccounts.provider2.email);
    await expect(readDocumentForActor(staff, doc.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { receipt } = await submitReaction({ actor: provider, procedureId, input: { subject: "Artikel 7", body: "Zie bijlage.", attachmentId: doc.id }, idempotencyKey: crypto.randomUUID(), now });
    expect(receipt.content).toMatchObject({ attachment: { fileName: "onderbouwing.pdf", sha256: doc.sha256 } });
    expect((await readDocumentForActor(staff, doc.id)).bytes.equals(Buffer.from(pdf))).toBe(true);
    await expect(readDocumentForActor(other, doc.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses another organisation's document as an attachment", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const other = await actorFor(demoAccounts.provider2.email);
    const foreign = await uploadDocument({ actor: other, fileName: "x.pdf", bytes: pdf, now });
    await expect(submitReaction({ actor: provider, procedureId, input: { subject: "A", body: "B", attachmentId: foreign.id }, idempotencyKey: crypto.randomUUID(), now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reaction.count()).toBe(0);
  });

  it("allows 60 uploads per user an hour: the 61st is refused with a Dutch message; another user is not affected", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    for (let i = 0; i < 60; i++) await throttleUpload(provider.userId);
    await expect(throttleUpload(provider.userId)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^U heeft het afgelopen uur het maximum van 60 bestanden geüpload\. Probeer het over \d+ minuten? opnieuw\.$/),
    });
    await expect(throttleUpload((await actorFor(demoAccounts.provider2.email)).userId)).resolves.toBeUndefined();
  });
});
