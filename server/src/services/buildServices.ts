import type http from "node:http";
import type { CollabApi } from "../collaboration/collabApi.ts";
import { startCollaboration } from "../collaboration/collabModule.ts";
import type { CollabOptions } from "../collaboration/collabOptions.ts";
import type { Config } from "../env.ts";
import { ExportJobs } from "../export/exportJobs.ts";
import { log } from "../logging/logger.ts";
import { digestSchedule } from "../mail/digestSchedule.ts";
import { createMailer } from "../mail/mailer.ts";
import { openThreadsForExport } from "../queries/openThreadsForExport.ts";
import { startRealtime, type RealtimeOptions } from "../realtime/io.ts";
import type { SocketPublisher } from "../realtime/socketPublisher.ts";
import { startScaleout } from "../scaleout/startScaleout.ts";
import { backupSchedule } from "../storage/backupSchedule.ts";
import type { Storage } from "../storage/types.ts";
import { agreementDriftOnEdit } from "../subscribers/agreementDriftOnEdit.ts";
import { agreementNotifier } from "../subscribers/agreementNotifier.ts";
import { agreementReminderSchedule } from "../subscribers/agreementReminderSchedule.ts";
import { autoVersionWhenIdle } from "../subscribers/autoVersionWhenIdle.ts";
import { immediateEmailer } from "../subscribers/immediateEmailer.ts";
import { searchReindexer } from "../subscribers/searchReindexer.ts";
import { socketPush } from "../subscribers/socketPush.ts";
import { socketRooms } from "../subscribers/socketRooms.ts";
import type { Subscriber } from "../subscribers/subscriber.ts";
import type { ServerContext } from "./context.ts";
import { EventBus } from "./events.ts";
import { OidcDiscovery } from "./oidc.ts";
import { PlanDocGateway } from "./planDocGateway.ts";
import { PlanSearchIndex } from "./planSearchIndex.ts";
import { retentionSchedule } from "./retention.ts";
import type { Services } from "./services.ts";

const mailLog = log("mail");

/**
 * What this process runs beside the REST API (Outline's services by process
 * role). One binary runs all of them by default; tests run a subset.
 */
export interface Roles {
  /** The socket.io push channel and meetings at `/socket.io` (false: not run here). */
  websockets: RealtimeOptions | false;
  /** The Yjs sync endpoint at `/collab/<planId>`, with tuning options (false: not run here). */
  collaboration: Partial<CollabOptions> | false;
  /** Reactions to domain events and scheduled jobs: notifications, reminders, email, search, versions, backups, retention. */
  worker: boolean;
}

/** Every role, as `npm start` runs them. */
export const ALL_ROLES: Roles = { websockets: {}, collaboration: {}, worker: true };

/** Only the Yjs sync endpoint (beside the REST API), with `options`: for tests of the sync endpoint. */
export function collaborationOnly(options: Partial<CollabOptions> = {}): Roles {
  return { websockets: false, collaboration: options, worker: false };
}

/** The running composition: the services object plus the endpoints and subscribers of this process's roles. */
export interface Composition {
  services: Services;
  /** The sync endpoint's API (null when this process does not run the collaboration role). */
  collab: CollabApi | null;
  /** The socket.io publisher (null when this process does not run the websockets role). */
  realtime: SocketPublisher | null;
  /** Stop everything in reverse order of start (the caller then closes storage). */
  close(): Promise<void>;
}

/** Something with a lifecycle that the composition started. */
interface Running {
  name: string;
  close(): Promise<void>;
}

/**
 * The composition root: build every service this process offers and start
 * its roles, in dependency order, written out once. Scale-out comes first
 * because the socket.io endpoint takes its adapter and meeting store and the
 * sync endpoint its relay (as parameters, so the order is checked by the
 * compiler); the plan document gateway takes the sync endpoint; the services
 * object is complete before any route or subscriber sees it; everything
 * closes in reverse (subscribers first, scale-out last).
 */
export async function buildServices(config: Config, storage: Storage, httpServer: http.Server, roles: Roles = ALL_ROLES): Promise<Composition> {
  const lifecycle = log("lifecycle");
  const started: Running[] = [];
  const base: ServerContext = { config, storage, events: new EventBus(), readiness: {} };

  const scaleout = await startScaleout(base);
  if (scaleout) started.push({ name: "scaleout", close: () => scaleout.close() });

  const realtime = roles.websockets ? startRealtime(base, httpServer, scaleout, roles.websockets) : null;
  if (realtime) started.push({ name: "realtime", close: () => realtime.close() });

  const collab = roles.collaboration ? startCollaboration(base, httpServer, roles.collaboration, scaleout?.docRelay ?? null) : null;
  if (collab) started.push({ name: "collaboration", close: () => collab.close() });

  const planDocs = new PlanDocGateway(storage.docs, collab?.api ?? null);
  const mailer = createMailer(config);
  const exports = new ExportJobs({ keepMs: config.retention.exportMs });
  const services: Services = {
    ...base,
    planDocs,
    planSearch: new PlanSearchIndex(storage, planDocs),
    mailer,
    exports,
    exportComments: { openThreads: (planId) => openThreadsForExport(services, planId) },
    oidc: new OidcDiscovery(config),
  };
  started.push({ name: "mailer", close: async () => mailer.close() }, { name: "exports", close: () => exports.close() });

  if (realtime) {
    started.push(
      socketRooms({ ctx: services, io: realtime.io, presence: realtime.presence, meetings: realtime.meetings }),
      socketPush(services.events, realtime.publisher),
    );
  }

  if (roles.worker) {
    if (mailer.kind === "smtp") mailLog.info({ smtp: mailer.destination }, "email goes through SMTP");
    else mailLog.info({ directory: mailer.destination }, `SMTP_URL is not set: emails are written as .eml files to ${mailer.destination}`);
    const subscribers: Subscriber[] = [
      searchReindexer(services),
      agreementNotifier(services),
      agreementReminderSchedule(services),
      immediateEmailer(services),
      digestSchedule(services),
      autoVersionWhenIdle(services),
      agreementDriftOnEdit(services),
      backupSchedule(services),
      retentionSchedule(services),
    ];
    started.push(...subscribers);
  }

  return {
    services,
    collab: collab?.api ?? null,
    realtime: realtime?.publisher ?? null,
    async close() {
      for (const r of started.reverse()) {
        try {
          await r.close();
        } catch (err) {
          lifecycle.error({ err, module: r.name }, "failed to close");
        }
      }
    },
  };
}
