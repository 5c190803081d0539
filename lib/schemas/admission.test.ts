import { describe, expect, it } from "vitest";
import { emptyApplicationContent } from "@/lib/domain/admission/application";
import { saveApplicationDraftSchema, submitApplicationSchema } from "./admission";

const reference = { clusterId: "c4", schoolName: "", place: "", startOn: "", endOn: "", description: "", contactName: "", contactEmail: "", contactPhone: "" };
const messages = (value: unknown) => {
  const result = saveApplicationDraftSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("saveApplicationDraftSchema", () => {
  it("accepts an empty or incomplete draft (a draft is saved as it is)", () => {
    expect(messages({ ...emptyApplicationContent(), applicationId: "" })).toEqual([]);
    expect(messages({ ...emptyApplicationContent(), references: [reference, { ...reference, startOn: "2025-05-01", endOn: "2024-01-01" }], applicationId: "" })).toEqual([]);
  });

  it("caps texts with Dutch messages", () => {
    const c = "c4";
    expect(
      messages({
        ...emptyApplicationContent(),
        clusterIds: [c],
        clusters: { [c]: { careLandscapeKnowledge: "x".repeat(10_001), educationalOfferKnowledge: "", expertise: { r1: "y".repeat(10_000) } } },
        signerName: "n".repeat(201),
        references: [{ ...reference, description: "d".repeat(5_001) }],
        applicationId: "",
      }),
    ).toEqual([
      "clusters.c4.careLandscapeKnowledge: Maximaal 10.000 tekens.",
      "signerName: Maximaal 200 tekens.",
      "references.0.description: Maximaal 5.000 tekens.",
    ]);
    expect(messages({ ...emptyApplicationContent(), references: Array.from({ length: 31 }, () => reference), applicationId: "" })).toEqual([
      "references: Maximaal 30 referentieopdrachten.",
    ]);
  });

  it("refuses a date that does not exist, in any draft", () => {
    expect(messages({ ...emptyApplicationContent(), signedOn: "2025-02-30", applicationId: "" })).toEqual(["signedOn: Vul een bestaande datum in (dd-mm-jjjj)."]);
  });

  it("needs an idempotency key to submit", () => {
    expect(submitApplicationSchema.safeParse({ ...emptyApplicationContent(), applicationId: "", idempotencyKey: "x" }).success).toBe(false);
  });
});
