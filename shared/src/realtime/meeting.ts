import { z } from "zod";
import { IdSchema } from "../domain/id.ts";

/** Limits for meeting mode, shared by the client controls and the server's payload schemas. */
export const MEETING_LIMITS = {
  /** Most agenda items (plan sections) a meeting can have. */
  agendaMax: 200,
  /** Longest agenda item title; longer titles are rejected. */
  titleMax: 200,
  /** Shortest and longest per-item countdown. */
  timerMinMs: 10_000,
  timerMaxMs: 4 * 60 * 60_000,
  /** Countdown used when the facilitator has not chosen one. */
  timerDefaultMs: 5 * 60_000,
} as const;

/** A plan section id as it appears in the plan document. */
export const SectionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid section id");

/** One agenda item: a plan section, in plan order, with the title the facilitator sees. */
export const AgendaItemSchema = z.strictObject({
  sectionId: SectionIdSchema,
  title: z
    .string()
    .trim()
    .max(MEETING_LIMITS.titleMax, `Titles can be at most ${MEETING_LIMITS.titleMax} characters`)
    .transform((t) => (t === "" ? "Untitled section" : t)),
});
/** One agenda item. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** The agenda: the plan's sections in order, at least one, no duplicate ids. */
export const AgendaSchema = z
  .array(AgendaItemSchema)
  .min(1, "The agenda needs at least one section")
  .max(MEETING_LIMITS.agendaMax, `The agenda can have at most ${MEETING_LIMITS.agendaMax} sections`)
  .refine((items) => new Set(items.map((i) => i.sectionId)).size === items.length, "Each section can appear only once");

/** A countdown length in milliseconds. */
export const TimerDurationSchema = z
  .number()
  .int("Use whole milliseconds")
  .min(MEETING_LIMITS.timerMinMs, "The timer must be at least 10 seconds")
  .max(MEETING_LIMITS.timerMaxMs, "The timer can be at most 4 hours");

/** `{ planId }`: which plan a command is about. */
export const PlanRefSchema = z.strictObject({ planId: IdSchema });
/** `{ planId }`. */
export type PlanRef = z.infer<typeof PlanRefSchema>;

/** meeting.start: begin a meeting with the plan's sections as the agenda; focus starts on the first. */
export const MeetingStartSchema = z.strictObject({
  planId: IdSchema,
  agenda: AgendaSchema,
  timerDurationMs: TimerDurationSchema.optional(),
});
/** meeting.start payload. */
export type MeetingStartInput = z.input<typeof MeetingStartSchema>;

/** meeting.setAgenda: replace the agenda (sections were added, moved or renamed mid-meeting). */
export const MeetingAgendaSchema = z.strictObject({ planId: IdSchema, agenda: AgendaSchema });
/** meeting.setAgenda payload. */
export type MeetingAgendaInput = z.input<typeof MeetingAgendaSchema>;

/** meeting.setFocus: the section everyone is discussing now (must be on the agenda). */
export const MeetingFocusSchema = z.strictObject({ planId: IdSchema, sectionId: SectionIdSchema });
/** meeting.setFocus payload. */
export type MeetingFocusInput = z.input<typeof MeetingFocusSchema>;

/** meeting.controlTimer: start (optionally with a new length), pause or reset the focused item's countdown. */
export const MeetingTimerSchema = z.discriminatedUnion("action", [
  z.strictObject({ planId: IdSchema, action: z.literal("start"), durationMs: TimerDurationSchema.optional() }),
  z.strictObject({ planId: IdSchema, action: z.literal("pause") }),
  z.strictObject({ planId: IdSchema, action: z.literal("reset"), durationMs: TimerDurationSchema.optional() }),
]);
/** meeting.controlTimer payload. */
export type MeetingTimerInput = z.input<typeof MeetingTimerSchema>;

/**
 * The countdown for the focused item. Times are server epoch milliseconds, so
 * every client renders the same remaining time (see `timerRemainingMs`).
 */
export interface MeetingTimer {
  /** The agenda item the countdown belongs to. */
  sectionId: string | null;
  status: "idle" | "running" | "paused";
  /** Full length of the countdown. */
  durationMs: number;
  /** Remaining time at `startedAt` (running) or now (idle/paused). Negative = overrun. */
  remainingMs: number;
  /** Server time the countdown (re)started; null unless running. */
  startedAt: number | null;
}

/** Someone shown as having done something in a meeting. */
export interface MeetingActor {
  userId: string;
  displayName: string;
}

/** The live state of a plan's meeting. */
export interface MeetingState {
  planId: string;
  /** Increases with every change; clients ignore states older than the one they hold. */
  version: number;
  startedAt: number;
  startedBy: MeetingActor;
  agenda: AgendaItem[];
  /** The section being discussed (always on the agenda). */
  focusSectionId: string;
  timer: MeetingTimer;
  /** Who made the last change and when (server time). */
  updatedAt: number;
  updatedBy: MeetingActor;
}

/** Remaining countdown time at server time `serverNow` (negative once overrun). */
export function timerRemainingMs(timer: MeetingTimer, serverNow: number): number {
  if (timer.status !== "running" || timer.startedAt === null) return timer.remainingMs;
  return timer.remainingMs - Math.max(0, serverNow - timer.startedAt);
}

/** Position of the focused section on the agenda (0-based), or -1. */
export function focusIndex(meeting: Pick<MeetingState, "agenda" | "focusSectionId">): number {
  return meeting.agenda.findIndex((i) => i.sectionId === meeting.focusSectionId);
}

/** "4:05", "0:09", "-1:30" for a remaining time in milliseconds (rounded up to the second). */
export function formatCountdown(ms: number): string {
  const negative = ms < 0;
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}` : `${m}:${String(s).padStart(2, "0")}`;
  return negative ? `-${body}` : body;
}
