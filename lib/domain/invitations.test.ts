import { describe, expect, it } from "vitest";
import { firstUserOf, onlyFirstUserInvitesMessage, type OrganisationMember } from "./invitations";

const member = (id: string, minute: number, over: Partial<OrganisationMember> = {}): OrganisationMember => ({
  id, name: `Naam ${id}`, active: true, hasPassword: true, createdAt: new Date(Date.UTC(2026, 0, 1, 10, minute)), ...over,
});

describe("firstUserOf", () => {
  it("is the earliest-created user, whatever the order given", () => {
    expect(firstUserOf([member("b", 5), member("a", 1), member("c", 9)])?.id).toBe("a");
  });
  it("passes to the next earliest when the first is deactivated", () => {
    expect(firstUserOf([member("a", 1, { active: false }), member("b", 5), member("c", 9)])?.id).toBe("b");
  });
  it("skips an invitation nobody accepted yet", () => {
    expect(firstUserOf([member("a", 1, { active: false }), member("b", 5, { hasPassword: false }), member("c", 9)])?.id).toBe("c");
  });
  it("breaks a tie on the same instant by id, and is null when nobody qualifies", () => {
    expect(firstUserOf([member("z", 1), member("m", 1)])?.id).toBe("m");
    expect(firstUserOf([member("a", 1, { active: false })])).toBeNull();
  });
});

describe("onlyFirstUserInvitesMessage", () => {
  it("names the first user", () => {
    expect(onlyFirstUserInvitesMessage({ name: "Sara de Boer" })).toMatch(/^Alleen Sara de Boer, de eerste gebruiker van uw organisatie, kan collega's uitnodigen\./);
  });
});
