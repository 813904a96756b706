/**
 * A reaction to domain events (or a schedule), started by the composition
 * root for the process roles that run it. `close` unsubscribes and waits for
 * work in flight.
 */
export interface Subscriber {
  name: string;
  close(): Promise<void>;
}
