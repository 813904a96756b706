import type { Ack, PlanRoomSnapshot, PresenceMember } from "@jigsaw/shared/realtime/events";
import type { MeetingState } from "@jigsaw/shared/realtime/meeting";
import { connectSocket, getSocket, type JigsawSocket } from "./socket.ts";

/** What the client knows about one plan room. */
export interface PlanRoomState {
  /** joining: waiting for the server; joined: in the room; offline: reconnecting; denied: no access; left: removed by the server. */
  status: "joining" | "joined" | "offline" | "denied" | "left";
  error: { id: string; message: string } | null;
  partnershipId: string | null;
  members: PresenceMember[];
  meeting: MeetingState | null;
  canRunMeeting: boolean;
  /** Server clock minus this clock (ms), from the latest server timestamp. */
  clockOffsetMs: number;
  /** The last meeting end seen in this room (for "Meeting ended" messages). */
  lastEnded: { at: number; reason: "ended" | "archived" | "abandoned" } | null;
}

const INITIAL: PlanRoomState = {
  status: "joining",
  error: null,
  partnershipId: null,
  members: [],
  meeting: null,
  canRunMeeting: false,
  clockOffsetMs: 0,
  lastEnded: null,
};

/** Is `incoming` newer than what we hold? Guards against a join reply overtaken by a broadcast. */
function isNewer(current: PlanRoomState, incoming: MeetingState): boolean {
  if (current.lastEnded && incoming.updatedAt <= current.lastEnded.at) return false;
  const held = current.meeting;
  if (!held || held.startedAt !== incoming.startedAt) return !held || incoming.startedAt > held.startedAt;
  return incoming.version > held.version;
}

/** One plan room, shared by every hook that uses it (joined once, left when the last one unmounts). */
class PlanRoom {
  state: PlanRoomState = INITIAL;
  refs = 0;
  private readonly listeners = new Set<() => void>();
  private joinSeq = 0;

  constructor(
    readonly planId: string,
    private readonly socket: JigsawSocket,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlanRoomState => this.state;

  set(patch: Partial<PlanRoomState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** (Re)join: on first use and after every reconnect, since rooms live on the server connection. */
  join(): void {
    const seq = ++this.joinSeq;
    if (!this.socket.connected) {
      this.set({ status: this.state.status === "joining" ? "joining" : "offline" });
      return;
    }
    this.socket.timeout(10_000).emit("plan.join", { planId: this.planId }, (err: Error | null, ack?: Ack<PlanRoomSnapshot>) => {
      if (seq !== this.joinSeq || this.refs === 0) return;
      if (err || !ack) {
        this.set({ status: "offline", error: { id: "timeout", message: "The live connection is slow. Retrying." } });
        return;
      }
      if (!ack.ok) {
        this.set({ status: "denied", error: ack.error, members: [], meeting: null, canRunMeeting: false });
        return;
      }
      const d = ack.data;
      this.set({
        status: "joined",
        error: null,
        partnershipId: d.partnershipId,
        members: d.members,
        canRunMeeting: d.canRunMeeting,
        clockOffsetMs: d.serverNow - Date.now(),
        meeting: this.mergeSnapshotMeeting(d),
      });
    });
  }

  /**
   * The snapshot's meeting unless a broadcast that overtook the reply is newer.
   * `serverNow` is taken before the snapshot is read, so a meeting held here
   * with `updatedAt >= serverNow` changed after the snapshot.
   */
  private mergeSnapshotMeeting(d: PlanRoomSnapshot): MeetingState | null {
    const held = this.state.meeting;
    if (d.meeting === null) return held && held.updatedAt >= d.serverNow ? held : null;
    return isNewer(this.state, d.meeting) ? d.meeting : held;
  }

  leave(): void {
    this.joinSeq++;
    if (this.socket.connected) this.socket.emit("plan.leave", { planId: this.planId }, () => {});
  }

  applyMeeting(meeting: MeetingState, serverNow: number): void {
    if (!isNewer(this.state, meeting)) return;
    this.set({ meeting, clockOffsetMs: serverNow - Date.now() });
  }
}

const planRooms = new Map<string, PlanRoom>();
let wired = false;

/** Route server pushes to the room they are about. Installed once per tab. */
function wire(socket: JigsawSocket): void {
  if (wired) return;
  wired = true;
  socket.on("connect", () => {
    for (const room of planRooms.values()) room.join();
  });
  socket.on("disconnect", () => {
    for (const room of planRooms.values()) if (room.state.status === "joined") room.set({ status: "offline" });
  });
  // This device lost its network: say so at once (the socket notices within a few seconds);
  // back online, ask again in case the socket never dropped.
  if (typeof window !== "undefined") {
    window.addEventListener("offline", () => {
      for (const room of planRooms.values()) if (room.state.status === "joined") room.set({ status: "offline" });
    });
    window.addEventListener("online", () => {
      if (socket.connected) for (const room of planRooms.values()) room.join();
    });
  }
  socket.on("presence.updated", ({ planId, members }) => planRooms.get(planId)?.set({ members }));
  for (const event of ["meeting.started", "meeting.agenda", "meeting.focus", "meeting.timer"] as const) {
    socket.on(event, ({ planId, meeting, serverNow }) => planRooms.get(planId)?.applyMeeting(meeting, serverNow));
  }
  socket.on("meeting.ended", ({ planId, reason, serverNow }) => {
    planRooms.get(planId)?.set({ meeting: null, lastEnded: { at: serverNow, reason }, clockOffsetMs: serverNow - Date.now() });
  });
  socket.on("plan.left", ({ planId }) => {
    planRooms.get(planId)?.set({ status: "left", members: [], meeting: null, canRunMeeting: false, error: { id: "not_found", message: "You no longer have access to this plan." } });
  });
  socket.on("membership.changed", ({ partnershipId, role }) => {
    // A new role may change what this person can do in the room: ask again.
    if (role === null) return;
    for (const room of planRooms.values()) if (room.state.partnershipId === partnershipId) room.join();
  });
}

/** Start using a plan room; pair every call with `releasePlanRoom`. */
export function acquirePlanRoom(planId: string): PlanRoom {
  const socket = getSocket();
  wire(socket);
  let room = planRooms.get(planId);
  if (!room) {
    room = new PlanRoom(planId, socket);
    planRooms.set(planId, room);
    connectSocket();
    room.join();
  }
  room.refs++;
  return room;
}

/** Stop using a plan room. Leaving is deferred a tick so a remount (React StrictMode) does not leave and rejoin. */
export function releasePlanRoom(planId: string): void {
  const room = planRooms.get(planId);
  if (!room) return;
  room.refs--;
  setTimeout(() => {
    if (room.refs > 0 || planRooms.get(planId) !== room) return;
    planRooms.delete(planId);
    room.leave();
  }, 0);
}

/** The room object for a plan, if something is using it. */
export function peekPlanRoom(planId: string): PlanRoom | undefined {
  return planRooms.get(planId);
}

/** A room used by a hook. */
export type { PlanRoom };

/** The state before the first join reply. */
export const INITIAL_PLAN_ROOM_STATE = INITIAL;
