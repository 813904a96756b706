import type { MeetingState } from "@jigsaw/shared/realtime/meeting";
import type { MeetingStore, MeetingUpdate } from "../realtime/meetingStore.ts";
import type { RedisClient } from "./redisConnections.ts";

/** Meetings expire this long after their last change (a crashed fleet cannot leave one running forever). */
const TTL_MS = 12 * 3_600_000;
const MAX_ATTEMPTS = 50;

/** Compare-and-set: write ARGV[2] (empty = delete) only if the key still holds ARGV[1] (empty = absent). */
const CAS_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if cur == false then cur = '' end
if cur ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;

/**
 * Meeting state in Redis, one JSON value per plan, shared by every node.
 * `update` is optimistic: read, apply `change`, compare-and-set in a Lua
 * script, retry on conflict, so two facilitators on different nodes cannot
 * lose each other's change. Survives a node restart; `clear` leaves it (other
 * nodes still serve the meeting).
 */
export class RedisMeetingStore implements MeetingStore {
  constructor(private readonly redis: RedisClient) {}

  private key(planId: string): string {
    return `jigsaw:meeting:${planId}`;
  }

  async get(planId: string): Promise<MeetingState | null> {
    const raw = await this.redis.get(this.key(planId));
    return raw ? (JSON.parse(raw) as MeetingState) : null;
  }

  async update(planId: string, change: (current: MeetingState | null) => MeetingState | null): Promise<MeetingUpdate> {
    const key = this.key(planId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const raw = await this.redis.get(key);
      const previous = raw ? (JSON.parse(raw) as MeetingState) : null;
      const next = change(previous);
      if (next === previous) return { previous, next };
      const ok = await this.redis.eval(CAS_SCRIPT, {
        keys: [key],
        arguments: [raw ?? "", next ? JSON.stringify(next) : "", String(TTL_MS)],
      });
      if (ok === 1) return { previous, next };
    }
    throw new Error(`meeting state of ${planId} kept changing; gave up`);
  }

  async clear(): Promise<void> {
    // shared with the other nodes: nothing to forget on one node's shutdown
  }
}
