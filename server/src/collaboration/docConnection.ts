/** What a document needs from one client connection (the interface the room and its collaborators see). */
import type { CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import type { AwarenessPeer } from "./awareness.ts";

/** What a shared document needs from one client connection. */
export interface DocConnection extends AwarenessPeer {
  /** Unique per process, for logs. */
  readonly id: number;
  readonly userId: string;
  /** Viewer, commenter or archived plan: sync step 2 and updates are dropped. */
  readonly readOnly: boolean;
  /** Send a frame (the same buffer may go to many connections). Cuts slow consumers. */
  send(frame: Uint8Array): void;
  /** Send several frames in one write where the transport allows (else frame by frame). */
  sendAll?(frames: readonly Uint8Array[]): void;
  /** Close with one of our close events. Idempotent. */
  close(event: CloseEvent): void;
}
