import { z } from "zod";

// Ranking, tie resolution, interviews, the school's choice and publication
// (SPEC §8, issue 7 part 2). One schema per form; the server checks the rules
// that need data (invited providers, score levels, min/max chosen) with the
// pure domain checks in lib/domain/selection.

const id = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max, `Maximaal ${max.toLocaleString("nl-NL")} tekens.`);
const idempotencyKey = z.uuid("Laad de pagina opnieuw en probeer het nog eens.");

/**
 * Staff fix the interview invitations of one school. `tieMethod` is "" when
 * there is no tie at the cut-off; with one it must be DRAW or INVITE_ALL.
 * The reason is required when inviting all tied providers (checked on the
 * server, which knows whether there is a tie).
 */
export const determineInvitationsSchema = z.object({
  schoolId: id,
  tieMethod: z.enum(["", "DRAW", "INVITE_ALL"], "Kies hoe de gelijke stand wordt beslist."),
  reason: z.string().trim().max(2000, "Maximaal 2.000 tekens."),
});

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const scheduleInterviewSchema = z.object({
  selectionGroupId: id,
  providerId: id,
  date: z.string().trim().regex(LOCAL_DATE, "Vul een datum in."),
  startTime: z.string().trim().regex(LOCAL_TIME, "Vul een begintijd in als uu:mm, bijvoorbeeld 09:30."),
  endTime: z.string().trim().regex(LOCAL_TIME, "Vul een eindtijd in als uu:mm, bijvoorbeeld 10:30."),
  location: z.string().trim().min(3, "Vul de locatie van het gesprek in.").max(300, "Maximaal 300 tekens."),
});

export const confirmInterviewSchema = z.object({ interviewId: id });

export const interviewItemsSchema = z
  .record(id, z.object({ score: z.string().trim().max(3, "Kies een score."), explanation: text(5000) }))
  .refine((items) => Object.keys(items).length <= 50, "Te veel onderwerpen.");

/** The school's assessment of one invited provider after the interview. */
export const submitInterviewAssessmentSchema = z.object({
  schoolId: id,
  providerId: id,
  items: interviewItemsSchema,
  conclusion: text(10_000),
  idempotencyKey,
});

export const submitSchoolChoiceSchema = z.object({
  schoolId: id,
  providerIds: z.array(id).max(20, "Te veel aanbieders gekozen."),
  motivation: text(10_000),
  advantages: text(10_000),
  idempotencyKey,
});

export const publishSchoolResultSchema = z.object({ schoolId: id });

export type DetermineInvitationsInput = z.output<typeof determineInvitationsSchema>;
export type ScheduleInterviewInput = z.output<typeof scheduleInterviewSchema>;
export type InterviewAssessmentInput = Omit<z.output<typeof submitInterviewAssessmentSchema>, "idempotencyKey">;
export type SchoolChoiceInput = Omit<z.output<typeof submitSchoolChoiceSchema>, "idempotencyKey">;

/** "" → null (not chosen); anything else as a number (NaN is refused by the domain check). */
export function parseInterviewScore(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}
