import { todayIso } from "../commands/agreementActor.ts";
import { presentAgreementPublic } from "../presenters/agreement.ts";
import { presentNotification } from "../presenters/notification.ts";
import { presentVersion } from "../presenters/version.ts";
import type { SocketPublisher } from "../realtime/socketPublisher.ts";
import type { EventBus } from "../services/events.ts";
import type { Subscriber } from "./subscriber.ts";

/**
 * Push domain changes to the sockets that show them: comment threads,
 * agreement rounds and versions to the plan room, notifications to their
 * recipient. These events stay on the node that emitted them, and the
 * publisher's adapter reaches every node, so each is pushed exactly once.
 * Synchronous, so a push leaves before the command's HTTP response.
 */
export function socketPush(events: EventBus, push: SocketPublisher): Subscriber {
  const offs = [
    events.on("comment.changed", (e) => push.publishToPlan(e.planId, "comment.changed", e)),
    events.on("agreement.changed", (e) =>
      push.publishToPlan(e.planId, "agreement.updated", {
        planId: e.planId,
        agreementId: e.agreementId,
        change: e.change,
        round: e.round ? presentAgreementPublic(e.round, todayIso(), e.now) : null,
      }),
    ),
    events.on("version.created", (e) =>
      push.publishToPlan(e.planId, "version.created", { planId: e.planId, version: presentVersion(e.version, e.names), restoredFrom: e.restoredFrom }),
    ),
    events.on("notification.created", (e) =>
      push.publishToUser(e.notification.userId, "notification.created", {
        notification: presentNotification(e.notification, e.actorName),
        unreadCount: e.unreadCount,
      }),
    ),
    events.on("notifications.read", (e) => push.publishToUser(e.userId, "notification.read", { ids: e.ids, unreadCount: e.unreadCount })),
  ];
  return {
    name: "socketPush",
    async close() {
      for (const off of offs) off();
    },
  };
}
