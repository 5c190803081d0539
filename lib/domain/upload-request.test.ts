import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "./file-type";
import { MULTIPART_OVERHEAD_BYTES, uploadLengthRefusal } from "./upload-request";

describe("uploadLengthRefusal", () => {
  it.each([null, "", "  ", "abc", "-1", "1e6", "12.5"])("refuses a missing or invalid Content-Length %j with 411", (header) => {
    expect(uploadLengthRefusal(header)).toMatchObject({ status: 411, message: expect.stringMatching(/niet meegestuurd/) });
  });
  it("accepts up to the limit plus the multipart envelope, and refuses one byte more with 413", () => {
    const limit = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;
    expect(uploadLengthRefusal("0")).toBeNull();
    expect(uploadLengthRefusal(String(limit))).toBeNull();
    expect(uploadLengthRefusal(String(limit + 1))).toEqual({ status: 413, message: "Het bestand is groter dan 20 MB. Verklein het of splits het op." });
  });
});
