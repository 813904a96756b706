import type { ServerContext } from "../services/context.ts";
import type { Mailer } from "./mailer.ts";

const running = new WeakMap<ServerContext, Mailer>();

/** Register (or, with null, remove) the mailer of a server; done by the notifications module. */
export function registerMailer(ctx: ServerContext, mailer: Mailer | null): void {
  if (mailer) running.set(ctx, mailer);
  else running.delete(ctx);
}

/** The running mailer, or null when the notifications module is not attached (emails then wait). */
export function mailerFor(ctx: ServerContext): Mailer | null {
  return running.get(ctx) ?? null;
}
