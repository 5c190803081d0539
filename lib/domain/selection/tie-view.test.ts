import { describe, expect, it } from "vitest";
import { runDraw, toDrawRecord } from "./draw";
import { describeOwnTie, ownTicketCheck, ownTieView } from "./tie-view";

const seed = "a".repeat(64);
const decidedAt = new Date("2025-11-03T09:15:00Z");
const draw = runDraw(seed, ["org-kompas", "org-brug"], 1);
const record = { method: "DRAW" as const, reason: "Loting volgens de regel.", seed, decidedAt, ...toDrawRecord(draw) };
const [winner, loser] = [draw.order[0]!.participantId, draw.order[1]!.participantId];

describe("ownTieView", () => {
  it("shows a provider in the draw the seed, its own id and ticket and every ticket in draw order, but no other participant id", () => {
    const view = ownTieView(record, loser)!;
    expect(view).toMatchObject({ method: "DRAW", othersCount: 1, openSlots: 1, invited: false });
    expect(view.draw).toMatchObject({ seed, ownId: loser, ownTicket: draw.order[1]!.ticket, ownPosition: 2, verified: true });
    expect(view.draw?.tickets).toEqual([
      { position: 1, ticket: draw.order[0]!.ticket, drawn: true, own: false },
      { position: 2, ticket: draw.order[1]!.ticket, drawn: false, own: true },
    ]);
    expect(JSON.stringify(view)).not.toContain(winner);
    expect(ownTieView(record, winner)).toMatchObject({ invited: true, draw: { ownPosition: 1 } });
    expect(ownTicketCheck(view)).toBe(`printf '%s' "${seed}:${loser}" | sha256sum`);
  });

  it("is null for a provider outside the tie, and marks a tampered record as not verified", () => {
    expect(ownTieView(record, "org-anker")).toBeNull();
    const tampered = { ...record, outcome: { ...(record.outcome as object), winnerIds: [loser] } };
    expect(ownTieView(tampered, loser)?.draw?.verified).toBe(false);
  });

  it("explains the draw with place, moment and zone, seed, own ticket and outcome; without a place before publication", () => {
    const text = describeOwnTie(ownTieView(record, loser)!, 5);
    expect(text).toBe(
      "Op plaats 5 stonden u en 1 andere aanbieder gelijk, voor 1 plaats bij het gesprek. Het Servicebureau heeft op 3 november 2025 10:15 CET geloot: " +
      `seed ${seed}, deelnemers: 2 (vaste volgorde op id; uw id is ${loser}), uitkomst: het laagste lot is getrokken; ` +
      `uw lot ${draw.order[1]!.ticket} kwam op positie 2 van 2; u bent niet uitgenodigd.`,
    );
    expect(describeOwnTie(ownTieView(record, winner)!, null)).toMatch(/^Op de grens van de uitnodigingen stonden u en 1 andere aanbieder gelijk.*; u bent uitgenodigd\.$/);
  });

  it("explains an invite-all decision with its recorded reason", () => {
    const inviteAll = { method: "INVITE_ALL" as const, reason: "Er is ruimte voor drie extra gesprekken", seed: null, decidedAt, participants: ["a", "b", "c"], outcome: { invitedIds: ["a", "b", "c"], openSlots: 2 } };
    const view = ownTieView(inviteAll, "b")!;
    expect(view).toMatchObject({ method: "INVITE_ALL", othersCount: 2, openSlots: 2, invited: true, draw: null });
    expect(describeOwnTie(view, 4)).toBe(
      "Op plaats 4 stonden u en 2 andere aanbieders gelijk, voor 2 plaatsen bij het gesprek. Het Servicebureau heeft op 3 november 2025 10:15 CET " +
      "besloten alle gelijk geëindigde aanbieders uit te nodigen. Reden: Er is ruimte voor drie extra gesprekken. U bent uitgenodigd.",
    );
    expect(ownTicketCheck(view)).toBeNull();
  });
});
