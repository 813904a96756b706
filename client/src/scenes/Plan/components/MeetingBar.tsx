import { useCallback, useEffect, useId, useRef, useState } from "react";
import { focusIndex } from "@jigsaw/shared/realtime/meeting";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { focusLabel, meetingChangeMessage, milestoneMessage } from "../../../realtime/meetingMessages.ts";
import { useCountdown } from "../../../realtime/useCountdown.ts";
import { useMeeting, type SectionRef } from "../../../realtime/useMeeting.ts";
import { useTypingGuard } from "../../../realtime/useTypingGuard.ts";
import { MeetingTimer } from "./MeetingTimer.tsx";
import "./meeting.css";

/** Props for the meeting bar. */
export interface MeetingBarProps {
  planId: string;
  /** The plan's sections in order, as the editor shows them (the agenda). */
  sections: readonly SectionRef[];
  /** Scroll the editor to a section (called when following the facilitator). */
  onFocusSection: (sectionId: string) => void;
}

function sameAgenda(sections: readonly SectionRef[], agenda: ReadonlyArray<{ sectionId: string; title: string }>): boolean {
  return sections.length === agenda.length && sections.every((s, i) => s.id === agenda[i]!.sectionId && (s.title.trim() || "Untitled section") === agenda[i]!.title);
}

/**
 * Meeting mode for a plan. Facilitators start and end the meeting, move
 * between agenda items and run the item timer; everyone else sees the current
 * item and the time left, and can follow the facilitator (scrolling with
 * them) or browse freely. Focus changes are announced politely; the timer is
 * announced only when started, paused, at one minute and at time up.
 */
export function MeetingBar({ planId, sections, onFocusSection }: MeetingBarProps) {
  const { meeting, canRunMeeting, clockOffsetMs, status, busy, error, actions } = useMeeting(planId);
  const [following, setFollowing] = useState(true);
  const [announcement, setText] = useState("");
  // Clear first so that the same words said twice are announced twice.
  const setAnnouncement = useCallback((message: string) => {
    setText("");
    setTimeout(() => setText(message), 50);
  }, []);
  const remaining = useCountdown(meeting?.timer ?? null, clockOffsetMs);
  // Facilitators' less frequent controls (jump, timer, end) fold away to keep the bar one row.
  const [details, setDetails] = useState(false);
  const detailsId = useId();
  const detailsToggle = useRef<HTMLButtonElement>(null);

  // Announce meaningful changes (not the first state seen on joining).
  const previous = useRef(meeting);
  const seenFirst = useRef(false);
  useEffect(() => {
    if (!seenFirst.current) {
      seenFirst.current = status === "joined";
      previous.current = meeting;
      if (meeting && seenFirst.current) setAnnouncement(`A meeting is running. Now discussing ${focusLabel(meeting)}.`);
      return;
    }
    const message = meetingChangeMessage(previous.current, meeting);
    previous.current = meeting;
    if (message) setAnnouncement(message);
  }, [meeting, status, setAnnouncement]);

  // Timer milestones (one minute left, time up), once each.
  const lastRemaining = useRef<number | null>(null);
  useEffect(() => {
    const before = lastRemaining.current;
    lastRemaining.current = remaining;
    if (before === null || remaining === null || meeting?.timer.status !== "running") return;
    const message = milestoneMessage(before, remaining);
    if (message) setAnnouncement(message);
  }, [remaining, meeting?.timer.status, setAnnouncement]);

  // Follow the facilitator: scroll to the focused section when it changes
  // (not when the editor passes a new callback). Never under someone who is
  // writing: they get a "Go there" link instead, and follow once idle.
  const scrollTo = useRef(onFocusSection);
  scrollTo.current = onFocusSection;
  const focusId = meeting?.focusSectionId ?? null;
  const isTyping = useTypingGuard(".plan-editor");
  const [heldBack, setHeldBack] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId || !following) {
      setHeldBack(null);
      return;
    }
    if (isTyping()) {
      setHeldBack(focusId);
      return;
    }
    setHeldBack(null);
    scrollTo.current(focusId);
  }, [focusId, following, isTyping]);
  useEffect(() => {
    if (!heldBack) return;
    const timer = setInterval(() => {
      if (isTyping()) return;
      setHeldBack(null);
      scrollTo.current(heldBack);
    }, 500);
    return () => clearInterval(timer);
  }, [heldBack, isTyping]);

  const live = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  if (!meeting) {
    if (!canRunMeeting) return live;
    return (
      <section className="meeting-bar meeting-bar--idle" aria-label="Meeting">
        <button type="button" className="button" disabled={busy || sections.length === 0 || status !== "joined"} onClick={() => void actions.start(sections)}>
          Start meeting
        </button>
        <span className="meeting-bar__hint">{sections.length === 0 ? "Add a section to the plan first." : `Agenda: ${sections.length} section${sections.length === 1 ? "" : "s"} in plan order`}</span>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {live}
      </section>
    );
  }

  const index = focusIndex(meeting);
  const prevItem = meeting.agenda[index - 1];
  const nextItem = meeting.agenda[index + 1];

  // Following the facilitator (participants: in the bar; facilitators: among the folded controls).
  const follow = (
    <div className="meeting-bar__follow">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={following}
        onClick={() => {
          setFollowing((f) => !f);
        }}
      >
        {canRunMeeting ? "Scroll with focus" : "Follow facilitator"}
      </button>
      {!following && (
        <button type="button" className="button button--secondary" onClick={() => onFocusSection(meeting.focusSectionId)}>
          Go to current item
        </button>
      )}
    </div>
  );

  return (
    <section
      className={`meeting-bar${canRunMeeting ? " meeting-bar--facilitator" : ""}`}
      aria-label="Meeting"
      onKeyDown={(e) => {
        // Escape folds the meeting controls away again, focus back on their button.
        if (e.key !== "Escape" || !details) return;
        setDetails(false);
        detailsToggle.current?.focus();
      }}
    >
      <div className="meeting-bar__now">
        <span className="meeting-bar__label">Now discussing</span>{" "}
        <strong className="meeting-bar__item">{focusLabel(meeting)}</strong>
        {status !== "joined" && <span className="meeting-bar__offline"> (reconnecting…)</span>}
      </div>

      <MeetingTimer timer={meeting.timer} remainingMs={remaining ?? meeting.timer.remainingMs} {...(canRunMeeting ? { actions, busy } : {})} />

      {canRunMeeting && (
        <div className="meeting-bar__nav" role="group" aria-label="Agenda">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !prevItem}
            aria-label={prevItem ? `Previous item: ${prevItem.title}` : "Previous item"}
            onClick={() => void actions.previous()}
          >
            Previous
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !nextItem}
            aria-label={nextItem ? `Next item: ${nextItem.title}` : "Next item"}
            onClick={() => void actions.next()}
          >
            Next
          </button>
        </div>
      )}

      {!canRunMeeting && follow}
      {heldBack === meeting.focusSectionId && (
        <p className="meeting-bar__held" role="status">
          {canRunMeeting ? "The focus moved" : "The facilitator moved"} to section {index + 1}
          {" — "}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setHeldBack(null);
              onFocusSection(meeting.focusSectionId);
            }}
          >
            Go there
          </button>
        </p>
      )}

      {canRunMeeting && (
        <button
          type="button"
          ref={detailsToggle}
          className="button button--secondary meeting-bar__toggle"
          aria-expanded={details}
          aria-controls={detailsId}
          onClick={() => setDetails((d) => !d)}
        >
          Meeting controls
        </button>
      )}
      {canRunMeeting && (
        <div
          className="meeting-bar__details"
          id={detailsId}
          hidden={!details}
        >
          <label className="meeting-bar__jump">
            <span className="meeting-bar__jump-label">Go to item</span>
            <select className="select select--compact" value={meeting.focusSectionId} disabled={busy} onChange={(e) => void actions.focus(e.target.value)}>
              {meeting.agenda.map((item, i) => (
                <option key={item.sectionId} value={item.sectionId}>
                  {i + 1}. {item.title}
                </option>
              ))}
            </select>
          </label>
          {!sameAgenda(sections, meeting.agenda) && sections.length > 0 && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void actions.updateAgenda(sections)}>
              Update agenda from plan
            </button>
          )}
          <MeetingTimer timer={meeting.timer} remainingMs={remaining ?? meeting.timer.remainingMs} actions={actions} busy={busy} part="settings" />
          {follow}
          <ConfirmButton label="End meeting" question="End the meeting for everyone?" confirmLabel="End meeting" onConfirm={async () => void (await actions.end())} />
        </div>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {live}
    </section>
  );
}
