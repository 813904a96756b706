import { Router, type Request } from "express";
import {
  CoverageInputSchema,
  EXTENSION_COLLECTIONS,
  LensQuerySchema,
  TermSearchQuerySchema,
  type ExtensionCollection,
  type PartnershipOutcomes,
} from "@jigsaw/shared/domain/outcomesApi";
import {
  coverage,
  getOutcomesModel,
  indexModel,
  lens,
  LocalIdSchema,
  LocalLinkCreateSchema,
  LocalLinkUpdateSchema,
  LocalOutcomeCreateSchema,
  LocalOutcomeUpdateSchema,
  LocalTermCreateSchema,
  LocalTermUpdateSchema,
  ModelIdSchema,
  relatedTerms,
  type OutcomesModel,
} from "@jigsaw/shared/outcomes/index";
import { createExtensionItem, retireExtensionItem, updateExtensionItem } from "../commands/outcomeExtensionEditor.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { searchTerms } from "../outcomes/termSearch.ts";
import { authorizePartnership, canPartnership } from "../policies/index.ts";
import { actorNames, itemActorIds, presentExtensionChange, presentExtensionItem } from "../presenters/outcomes.ts";
import type { ServerContext } from "../services/context.ts";
import { loadPartnershipOutcomes } from "../services/partnershipOutcomes.ts";
import type { OutcomeExtensionKind } from "../domain/outcomeExtension.ts";
import { loadPartnershipActor, requireTwoFactorFor } from "./loaders.ts";

/** How long shared caches may keep the model before revalidating (seconds). */
const MODEL_MAX_AGE = 300;
/** Audit entries returned with a partnership's outcomes. */
const CHANGES_SHOWN = 100;

/** True when an If-None-Match header matches `etag` (weak comparison, `*` matches anything). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

let modelBody: { etag: string; body: string } | null = null;

function modelJson(model: OutcomesModel): string {
  if (modelBody?.etag !== model.etag) modelBody = { etag: model.etag, body: JSON.stringify({ data: model }) };
  return modelBody.body;
}

function itemParam(req: Request, name: string): string {
  const r = ModelIdSchema.safeParse(req.params[name]);
  if (!r.success) throw NotFoundError("No such term or outcome");
  return r.data;
}

/**
 * The shared outcomes model under /api/outcomes.
 *
 * Access: `GET /model` is public (published reference data, no partnership content) so browsers and proxies may
 * cache it; every other route needs a signed-in user. `?partnershipId=` on the term search adds that partnership's
 * local terms and requires membership (404 otherwise).
 */
export function outcomeRoutes(ctx: ServerContext): Router {
  const router = Router();

  router.get("/model", (req, res) => {
    const model = getOutcomesModel();
    res.setHeader("ETag", model.etag);
    res.setHeader("Cache-Control", `public, max-age=${MODEL_MAX_AGE}`);
    if (etagMatches(req.headers["if-none-match"], model.etag)) {
      res.status(304).end();
      return;
    }
    res.type("application/json").send(modelJson(model));
  });

  router.get("/terms", async (req, res) => {
    const auth = requireAuth(req);
    const query = parse(TermSearchQuerySchema, { ...req.query });
    let model = getOutcomesModel();
    if (query.partnershipId) {
      const [partnership, membership] = await Promise.all([
        ctx.storage.partnerships.findById(query.partnershipId),
        ctx.storage.memberships.find(query.partnershipId, auth.user.id),
      ]);
      authorizePartnership({ user: auth.user, membership }, "read", partnership);
      await requireTwoFactorFor(ctx, auth.user, membership, partnership);
      model = (await loadPartnershipOutcomes(ctx, partnership.id)).model;
    }
    res.json({ data: searchTerms(model, query.q, query.limit) });
  });

  router.get("/terms/:termId/lens", (req, res) => {
    requireAuth(req);
    const id = itemParam(req, "termId");
    const query = parse(LensQuerySchema, { ...req.query });
    const model = getOutcomesModel();
    const idx = indexModel(model);
    if (!idx.terms.has(id) && !idx.outcomes.has(id)) throw NotFoundError("No such term or outcome");
    if (query.framework && !idx.frameworks.has(query.framework)) throw ValidationError(`framework: Unknown framework ${query.framework}`);
    const result = lens(id, (query.sector ?? query.framework)!, model);
    if (!result) throw NotFoundError("No such term or outcome");
    res.json({ data: result });
  });

  router.get("/terms/:termId/related", (req, res) => {
    requireAuth(req);
    const id = itemParam(req, "termId");
    const model = getOutcomesModel();
    if (!indexModel(model).terms.has(id)) throw NotFoundError("No such term");
    res.json({ data: relatedTerms(id, model) });
  });

  router.post("/coverage", (req, res) => {
    requireAuth(req);
    const input = parse(CoverageInputSchema, req.body);
    res.json({ data: coverage(input.outcomeIds, getOutcomesModel()) });
  });

  return router;
}

const CREATE = { term: LocalTermCreateSchema, outcome: LocalOutcomeCreateSchema, link: LocalLinkCreateSchema } as const;
const UPDATE = { term: LocalTermUpdateSchema, outcome: LocalOutcomeUpdateSchema, link: LocalLinkUpdateSchema } as const;

function collectionParam(req: Request): OutcomeExtensionKind {
  const c = req.params.collection;
  if (typeof c !== "string" || !Object.hasOwn(EXTENSION_COLLECTIONS, c)) throw NotFoundError("No such API route");
  return EXTENSION_COLLECTIONS[c as ExtensionCollection];
}

function localIdParam(req: Request): string {
  const r = LocalIdSchema.safeParse(req.params.itemId);
  if (!r.success) throw NotFoundError("No such local item");
  return r.data;
}

/**
 * A partnership's outcomes under /api/partnerships/:partnershipId/outcomes: the shared model merged with the
 * partnership's local terms, outcomes and links (members read), and their editing (facilitators:
 * `extendOutcomes`). Collections are `terms`, `outcomes` and `links`; DELETE retires (the id is kept).
 */
export function partnershipOutcomeRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "read", partnership);
    const [loaded, changes] = await Promise.all([
      loadPartnershipOutcomes(ctx, partnership.id),
      ctx.storage.outcomeExtensions.listChanges(partnership.id, CHANGES_SHOWN),
    ]);
    const names = await actorNames(ctx, [...loaded.items.flatMap(itemActorIds), ...changes.map((c) => c.actorId)]);
    const data: PartnershipOutcomes = {
      model: loaded.model,
      revision: loaded.revision,
      items: loaded.items.map((i) => presentExtensionItem(i, names)),
      changes: changes.map((c) => presentExtensionChange(c, names)),
      problems: loaded.problems,
    };
    res.json({ data, policies: { extendOutcomes: canPartnership(actor, "extendOutcomes", partnership) } });
  });

  router.post("/:collection", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    const kind = collectionParam(req);
    authorizePartnership(actor, "extendOutcomes", partnership);
    const input = parse(CREATE[kind], req.body);
    const item = await createExtensionItem(ctx, partnership.id, actor.user.id, kind, input as never);
    const names = await actorNames(ctx, itemActorIds(item));
    res.status(201).json({ data: presentExtensionItem(item, names) });
  });

  router.patch("/:collection/:itemId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    const kind = collectionParam(req);
    authorizePartnership(actor, "extendOutcomes", partnership);
    const itemId = localIdParam(req);
    const patch = parse(UPDATE[kind], req.body);
    const item = await updateExtensionItem(ctx, partnership.id, actor.user.id, kind, itemId, patch as never);
    const names = await actorNames(ctx, itemActorIds(item));
    res.json({ data: presentExtensionItem(item, names) });
  });

  router.delete("/:collection/:itemId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    const kind = collectionParam(req);
    authorizePartnership(actor, "extendOutcomes", partnership);
    const itemId = localIdParam(req);
    const [item, ...also] = await retireExtensionItem(ctx, partnership.id, actor.user.id, kind, itemId);
    const names = await actorNames(ctx, [item!, ...also].flatMap(itemActorIds));
    res.json({ data: presentExtensionItem(item!, names), alsoRetired: also.map((i) => presentExtensionItem(i, names)) });
  });

  return router;
}
