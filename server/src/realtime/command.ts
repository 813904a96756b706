import type { z } from "zod";
import type { Ack, ClientCommand, ClientToServerEvents } from "@jigsaw/shared/realtime/events";
import { AppError, AuthenticationError, RateLimitedError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import { parse } from "../middlewares/validate.ts";
import type { ServerContext } from "../services/context.ts";
import type { CommandLimiter } from "./commandLimiter.ts";
import type { RealtimeSocket } from "./types.ts";

const realtimeLog = log("realtime");

/** The data a command's ack carries on success. */
export type CommandResult<E extends ClientCommand> = ClientToServerEvents[E] extends (p: never, ack: (r: Ack<infer T>) => void) => void ? T : never;

/** Everything a command handler gets: validated input and the socket it came from. */
export interface CommandContext<I> {
  input: I;
  socket: RealtimeSocket;
  userId: string;
}

/** Dependencies shared by every command on a socket. */
export interface CommandDeps {
  ctx: ServerContext;
  socket: RealtimeSocket;
  limiter: CommandLimiter;
}

/** True when the session behind the socket still exists and has not expired. */
async function sessionAlive(ctx: ServerContext, sessionId: string): Promise<boolean> {
  const session = await ctx.storage.sessions.findById(sessionId);
  return session !== null && Date.parse(session.expiresAt) > Date.now();
}

function toAckError(err: unknown, event: string): Ack<never> {
  if (err instanceof AppError) return { ok: false, error: { id: err.id, message: err.message } };
  realtimeLog.error({ err, event }, "realtime command failed");
  return { ok: false, error: { id: "internal_error", message: "Something went wrong. Try again." } };
}

/**
 * Register a client command: rate-limit, re-check the session (handshake auth
 * is once-only), validate the payload with zod, run the handler and reply with
 * an Ack. Handlers authorise with `server/src/policies` and throw the error
 * factories from `errors.ts`; nothing a client sends can crash the process.
 */
export function onCommand<E extends ClientCommand, S extends z.ZodType>(
  deps: CommandDeps,
  event: E,
  schema: S,
  handler: (c: CommandContext<z.infer<S>>) => Promise<CommandResult<E>>,
): void {
  const { ctx, socket, limiter } = deps;
  const listener = (...args: unknown[]): void => {
    const last = args[args.length - 1];
    const ack = typeof last === "function" ? (last as (r: Ack<CommandResult<E>>) => void) : null;
    if (!ack) {
      // Without an ack there is no one to answer; ignore rather than act silently.
      realtimeLog.debug({ event, userId: socket.data.userId }, "command without ack ignored");
      return;
    }
    void (async () => {
      try {
        if (!limiter.take()) throw RateLimitedError("Too many requests. Wait a moment and try again.");
        if (!(await sessionAlive(ctx, socket.data.sessionId))) {
          ack({ ok: false, error: { id: "authentication_required", message: AuthenticationError().message } });
          socket.disconnect(true);
          return;
        }
        const input = parse(schema, args.length > 1 ? args[0] : undefined);
        const data = await handler({ input, socket, userId: socket.data.userId });
        ack({ ok: true, data });
      } catch (err) {
        ack(toAckError(err, event));
      }
    })();
  };
  // The typed `on` wants the declared signature; at runtime anything can arrive, hence unknown[].
  (socket.on as (ev: string, fn: (...args: unknown[]) => void) => void)(event, listener);
}
