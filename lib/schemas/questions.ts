import { z } from "zod";

// Questions to the Servicebureau (SPEC §6, issue 4): one schema per form,
// used by the client form (zodResolver) and by the action and service.

const questionId = z.string().min(1).max(40);
const body = z.string().trim().min(1, "Schrijf uw vraag.").max(5000, "Maximaal 5000 tekens.");
const section = z.string().trim().max(200, "Maximaal 200 tekens.");
const answer = z.string().trim().min(1, "Schrijf het antwoord.").max(10_000, "Maximaal 10.000 tekens.");

export const askQuestionSchema = z.object({
  body,
  section,
  idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
});

export const answerQuestionSchema = z.object({
  questionId,
  answer,
});

export const publishQuestionSchema = z.object({
  questionId,
  publicQuestion: z.string().trim().min(1, "Schrijf de geanonimiseerde vraag.").max(5000, "Maximaal 5000 tekens."),
  publicAnswer: z.string().trim().min(1, "Schrijf het geanonimiseerde antwoord.").max(10_000, "Maximaal 10.000 tekens."),
});

export type AskQuestionInput = z.input<typeof askQuestionSchema>;
export type AnswerQuestionInput = z.input<typeof answerQuestionSchema>;
export type PublishQuestionInput = z.input<typeof publishQuestionSchema>;

export const QUESTION_STATUS_LABELS = {
  SUBMITTED: "Nog niet beantwoord",
  ANSWERED: "Beantwoord",
} as const;
