/** One entry of a document's update log. */
export interface DocUpdateRecord {
  seq: number;
  data: Uint8Array;
  /** The member whose connection sent the update; null for server-made changes. */
  userId: string | null;
  createdAt: string;
}

/** The member who first wrote under a Yjs client id of a document. */
export interface DocClientOwner {
  clientId: number;
  userId: string;
}
