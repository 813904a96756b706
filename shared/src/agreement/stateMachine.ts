import { roleAtLeast } from "../domain/role.ts";
import type {
  AgreedSection,
  AgreementActor,
  AgreementResponse,
  AgreementRound,
  AgreementScope,
  AgreedPlanItems,
  CloseAgreementInput,
  ProposeAgreementInput,
  ReaskAgreementInput,
  RespondAgreementInput,
  ScopeContent,
  WithdrawAgreementInput,
} from "./schema.ts";

/*
 * The agreement workflow as pure transitions. Every function takes the
 * current round (or nothing, for propose), the acting member as the server
 * knows them, and the time; it returns the next round or a refusal with a
 * stable code. The server persists the result with compare-and-set on
 * `revision`, so concurrent responses are serialised by retrying the
 * transition on the fresh round.
 *
 *   (none) --propose--> open --respond/reask (repeated)--> open --close (quorum)--> agreed
 *                         \--withdraw--> withdrawn
 *
 * Who signs: members whose role is editor or facilitator, for the
 * organisation their membership records (set by a facilitator). Every
 * response carries the hash of the scope content it was given on; a response
 * whose hash differs from the content now is out of date ("stale") and blocks
 * closing until the facilitator asks that organisation again. Standing aside
 * (kind "abstain") never blocks; only an objection does.
 */

/** Why a transition was refused. */
export type AgreementErrorCode =
  | "forbidden"
  | "not_representative"
  | "not_open"
  | "no_quorum"
  | "invalid"
  | "overlap"
  | "unknown_section"
  | "unknown_organisation"
  | "stale_responses";

/** A refused transition. */
export interface AgreementRefusal {
  ok: false;
  code: AgreementErrorCode;
  message: string;
}

/** A transition's result. */
export type AgreementResult = { ok: true; round: AgreementRound } | AgreementRefusal;

function refuse(code: AgreementErrorCode, message: string): AgreementRefusal {
  return { ok: false, code, message };
}

/** Organisation names compare case- and space-insensitively ("Riverside ICB" = "riverside  icb"). */
export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");
}

/** True when two organisation names denote the same organisation. */
export function sameOrganisation(a: string, b: string): boolean {
  return organisationKey(a) === organisationKey(b);
}

/** A member who may stand for an organisation. */
export interface OrganisationMember {
  organisation: string;
  role: AgreementActor["role"];
}

/** Everything `proposeAgreement` checks against. */
export interface ProposeContext {
  id: string;
  planId: string;
  partnershipId: string;
  now: string;
  /** Today's date (YYYY-MM-DD) in the partnership's time zone. */
  today: string;
  /** Current members (organisation + role). */
  members: readonly OrganisationMember[];
  /** Section ids of the plan now. */
  sectionIds: readonly string[];
  /** Titles by section id (for the default title). */
  sectionTitles?: ReadonlyMap<string, string>;
  /** Plan title (for the default title). */
  planTitle?: string;
  /** Rounds of this plan that are open now. */
  openRounds: readonly AgreementRound[];
}

/** Section ids a scope covers (`null` = the whole plan). */
export function scopeSectionIds(scope: AgreementScope): string[] | null {
  return scope.kind === "plan" ? null : [...new Set(scope.sectionIds)];
}

/** True when two scopes share any section. */
export function scopesOverlap(a: AgreementScope, b: AgreementScope): boolean {
  const sa = scopeSectionIds(a);
  const sb = scopeSectionIds(b);
  if (sa === null || sb === null) return true;
  return sa.some((id) => sb.includes(id));
}

/** True when a member with this role may respond (sign) for their organisation: editors and facilitators. */
export function roleMaySign(role: AgreementActor["role"]): boolean {
  return roleAtLeast(role, "editor");
}

/** Organisations that can respond: a member with role editor or above. */
export function representableOrganisations(members: readonly OrganisationMember[]): string[] {
  const seen = new Map<string, string>();
  for (const m of members) {
    if (!roleMaySign(m.role)) continue;
    const k = organisationKey(m.organisation);
    if (k && !seen.has(k)) seen.set(k, m.organisation.trim());
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** A facilitator proposes a round. */
export function proposeAgreement(input: ProposeAgreementInput, actor: AgreementActor, ctx: ProposeContext): AgreementResult {
  if (actor.role !== "facilitator") return refuse("forbidden", "Only a facilitator can propose an agreement round");
  if (input.deadline < ctx.today) return refuse("invalid", "The deadline cannot be in the past");
  const scopeIds = scopeSectionIds(input.scope);
  let scope: AgreementScope = input.scope;
  if (scopeIds !== null) {
    const missing = scopeIds.filter((id) => !ctx.sectionIds.includes(id));
    if (missing.length > 0) return refuse("unknown_section", `No such section: ${missing.join(", ")}`);
    // keep the plan's display order
    scope = { kind: "sections", sectionIds: ctx.sectionIds.filter((id) => scopeIds.includes(id)) };
  } else if (ctx.sectionIds.length === 0) {
    return refuse("invalid", "The plan has no sections to agree");
  }
  const representable = representableOrganisations(ctx.members);
  const required: string[] = [];
  for (const name of input.requiredOrganisations) {
    const match = representable.find((o) => sameOrganisation(o, name));
    if (!match) {
      return refuse("unknown_organisation", `${name.trim()} has no member who can sign (an editor or facilitator)`);
    }
    if (!required.some((r) => sameOrganisation(r, match))) required.push(match);
  }
  if (required.length === 0) return refuse("invalid", "Choose at least one organisation");
  const clash = ctx.openRounds.find((r) => r.status === "open" && scopesOverlap(r.scope, scope));
  if (clash) return refuse("overlap", `An open agreement round already covers ${scope.kind === "plan" ? "part of the plan" : "one of these sections"}: "${clash.title}"`);
  const title =
    input.title?.trim() ||
    (scope.kind === "plan"
      ? `Whole plan${ctx.planTitle ? `: ${ctx.planTitle}` : ""}`
      : scope.sectionIds.map((id) => ctx.sectionTitles?.get(id) ?? id).join(", "));
  return {
    ok: true,
    round: {
      id: ctx.id,
      planId: ctx.planId,
      partnershipId: ctx.partnershipId,
      title: title.slice(0, 200),
      scope,
      requiredOrganisations: required,
      deadline: input.deadline,
      status: "open",
      revision: 1,
      proposedBy: actor,
      proposedAt: ctx.now,
      responses: [],
      trail: [],
      reasks: [],
      contents: [],
      closeAfterDeadline: input.closeAfterDeadline ?? false,
      closedBy: null,
      closedAt: null,
      outcome: null,
      reviewDate: null,
      withdrawnReason: null,
      agreedSections: [],
      agreedPlanItems: null,
      agreedContentHash: null,
      versionId: null,
    },
  };
}

/** The required organisation `actor` can respond for in `round`, or a refusal. */
export function representedOrganisation(round: AgreementRound, actor: AgreementActor, requested?: string): string | AgreementRefusal {
  if (!roleMaySign(actor.role)) return refuse("forbidden", "Only editors and facilitators can sign for their organisation");
  const own = round.requiredOrganisations.find((o) => sameOrganisation(o, actor.organisation));
  if (!own) return refuse("not_representative", `${actor.organisation} is not asked to sign off this round`);
  if (requested !== undefined && !sameOrganisation(requested, own)) {
    return refuse("not_representative", `You can only respond for ${own}`);
  }
  return own;
}

/** The scope content a response is given on, and its hash (the server computes both). */
export interface ContentAtResponse {
  hash: string;
  content: ScopeContent;
}

/**
 * A representative responds (or changes their organisation's response) while
 * the round is open, on the content `seen` (the scope as it is now). The
 * response joins the trail; the content is kept by hash so a later change can
 * be shown.
 */
export function respondToAgreement(
  round: AgreementRound,
  input: RespondAgreementInput,
  actor: AgreementActor,
  now: string,
  seen: ContentAtResponse | null = null,
): AgreementResult {
  if (round.status !== "open") return refuse("not_open", "This agreement round is closed; responses can no longer change");
  const org = representedOrganisation(round, actor, input.organisation);
  if (typeof org !== "string") return org;
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (input.kind === "object" && !comment) return refuse("invalid", "Give a reason for the objection");
  if (input.kind === "consent_with_comment" && !comment) return refuse("invalid", "Write the comment that goes with your consent");
  const response: AgreementResponse = { organisation: org, kind: input.kind, comment, by: actor, at: now, contentHash: seen?.hash ?? null };
  const responses = round.responses.filter((r) => !sameOrganisation(r.organisation, org));
  responses.push(response);
  responses.sort((a, b) => orgIndex(round, a.organisation) - orgIndex(round, b.organisation));
  const contents = seen && !round.contents.some((c) => c.hash === seen.hash) ? [...round.contents, { hash: seen.hash, content: seen.content }] : round.contents;
  return { ok: true, round: { ...round, responses, trail: [...round.trail, response], contents, revision: round.revision + 1 } };
}

/**
 * The facilitator asks organisations whose response is out of date (given on
 * older content than `currentHash`) to respond again: their current response
 * is cleared (it stays in the trail) and they are waiting again. Without a
 * list, every stale organisation is asked.
 */
export function reaskAgreement(
  round: AgreementRound,
  input: ReaskAgreementInput,
  actor: AgreementActor,
  now: string,
  currentHash: string,
): AgreementResult {
  if (actor.role !== "facilitator") return refuse("forbidden", "Only a facilitator can ask organisations to respond again");
  if (round.status !== "open") return refuse("not_open", "This agreement round is closed");
  const stale = round.responses.filter((r) => isStale(r, currentHash));
  const asked = input.organisations === undefined ? stale : stale.filter((r) => input.organisations!.some((o) => sameOrganisation(o, r.organisation)));
  if (input.organisations !== undefined) {
    const notStale = input.organisations.filter((o) => !stale.some((r) => sameOrganisation(r.organisation, o)));
    if (notStale.length > 0) return refuse("invalid", `No out-of-date response to ask again from: ${notStale.join(", ")}`);
  }
  if (asked.length === 0) return refuse("invalid", "Every response was given on the current text; there is nobody to ask again");
  const orgs = asked.map((r) => r.organisation);
  return {
    ok: true,
    round: {
      ...round,
      responses: round.responses.filter((r) => !orgs.includes(r.organisation)),
      reasks: [...round.reasks, { organisations: orgs, by: actor, at: now, contentHash: currentHash }],
      revision: round.revision + 1,
    },
  };
}

/** A response given on other content than `currentHash` (responses kept before hashes were recorded are never stale). */
export function isStale(r: AgreementResponse, currentHash: string | null | undefined): boolean {
  return currentHash != null && r.contentHash !== null && r.contentHash !== currentHash;
}

function orgIndex(round: AgreementRound, org: string): number {
  return round.requiredOrganisations.findIndex((o) => sameOrganisation(o, org));
}

/** One required organisation's standing in a round. */
export interface OrganisationStanding {
  organisation: string;
  response: AgreementResponse | null;
  /** `no_response`: the deadline passed without a response in a round that closes without them. */
  state: "waiting" | "consented" | "objected" | "stood_aside" | "no_response";
  /** The response was given on older content than the scope has now. */
  stale: boolean;
}

/** Where a round stands: per organisation, and whether it can be closed as agreed. */
export interface AgreementTally {
  organisations: OrganisationStanding[];
  consented: number;
  objected: number;
  stoodAside: number;
  waiting: number;
  noResponse: number;
  /** Organisations whose response was given on older content. */
  stale: string[];
  /** Every required organisation responded on the current text (or, past a closing deadline, is recorded as no response) and no objection stands. */
  quorum: boolean;
  /** Why there is no quorum (empty when there is). */
  blockers: string[];
}

/** What the tally compares against: the content hash now and today's date (both optional). */
export interface TallyContext {
  currentHash?: string | null;
  today?: string;
}

/** Tally a round. Standing aside is counted and never blocks; an objection, a missing response or an out-of-date response blocks. */
export function agreementTally(round: AgreementRound, at: TallyContext = {}): AgreementTally {
  const pastDeadline = round.closeAfterDeadline && at.today !== undefined && at.today > round.deadline;
  const organisations: OrganisationStanding[] = round.requiredOrganisations.map((organisation) => {
    const response = round.responses.find((r) => sameOrganisation(r.organisation, organisation)) ?? null;
    const state: OrganisationStanding["state"] =
      response === null
        ? pastDeadline
          ? "no_response"
          : "waiting"
        : response.kind === "object"
          ? "objected"
          : response.kind === "abstain"
            ? "stood_aside"
            : "consented";
    return { organisation, response, state, stale: response !== null && isStale(response, at.currentHash) };
  });
  const count = (s: OrganisationStanding["state"]) => organisations.filter((o) => o.state === s).length;
  const blockers: string[] = [];
  for (const o of organisations) {
    if (o.state === "objected") blockers.push(`${o.organisation} objects`);
    else if (o.state === "waiting") blockers.push(`${o.organisation} has not responded`);
    else if (o.stale) blockers.push(`${o.organisation} responded on an earlier text`);
  }
  return {
    organisations,
    consented: count("consented"),
    objected: count("objected"),
    stoodAside: count("stood_aside"),
    waiting: count("waiting"),
    noResponse: count("no_response"),
    stale: organisations.filter((o) => o.stale).map((o) => o.organisation),
    quorum: organisations.length > 0 && blockers.length === 0,
    blockers,
  };
}

/** Extra data the server supplies when closing. */
export interface CloseContext {
  now: string;
  today: string;
  /** Content of the covered sections now (what is being agreed). */
  agreedSections: AgreedSection[];
  /** Plan-level items now (whole-plan rounds). */
  agreedPlanItems?: AgreedPlanItems | null;
  /** Hash of the scope content now; responses on other content block closing. */
  currentHash?: string | null;
  /** Human descriptions of what changed since each stale organisation responded (for the refusal message). */
  staleChanges?: ReadonlyMap<string, readonly string[]>;
  /** Id of the agreed version made for a whole-plan round. */
  versionId: string | null;
}

/** The facilitator closes a round as agreed; refused without quorum. */
export function closeAgreement(round: AgreementRound, input: CloseAgreementInput, actor: AgreementActor, ctx: CloseContext): AgreementResult {
  if (actor.role !== "facilitator") return refuse("forbidden", "Only a facilitator can close an agreement round");
  if (round.status !== "open") return refuse("not_open", "This agreement round is already closed");
  const tally = agreementTally(round, { currentHash: ctx.currentHash, today: ctx.today });
  const blocking = tally.blockers.filter((b) => !b.endsWith("responded on an earlier text"));
  if (blocking.length === 0 && tally.stale.length > 0) {
    const detail = tally.stale.map((o) => {
      const r = tally.organisations.find((x) => x.organisation === o)!.response!;
      const changes = ctx.staleChanges?.get(o) ?? [];
      return `${o} (${r.kind === "abstain" ? "stood aside" : r.kind.replace(/_/g, " ")} at ${r.at}${changes.length ? `; since then: ${changes.join("; ")}` : ""})`;
    });
    return refuse(
      "stale_responses",
      `The text changed after these organisations responded: ${detail.join(", ")}. Ask them again before closing.`,
    );
  }
  if (!tally.quorum) {
    return refuse(
      "no_quorum",
      `Agreement has not been reached: ${tally.blockers.join("; ")}. Every named organisation must respond on the current text (consent, consent with comment or stand aside) with no objection standing; you can withdraw the round instead.`,
    );
  }
  const outcome = input.outcome.trim();
  if (!outcome) return refuse("invalid", "Write the outcome statement");
  const reviewDate = input.reviewDate ?? null;
  if (reviewDate !== null && reviewDate <= ctx.today) return refuse("invalid", "The review date must be in the future");
  return {
    ok: true,
    round: {
      ...round,
      status: "agreed",
      revision: round.revision + 1,
      closedBy: actor,
      closedAt: ctx.now,
      outcome,
      reviewDate,
      agreedSections: ctx.agreedSections,
      agreedPlanItems: ctx.agreedPlanItems ?? null,
      agreedContentHash: ctx.currentHash ?? null,
      versionId: ctx.versionId,
    },
  };
}

/** The facilitator withdraws an open round (e.g. when agreement cannot be reached). */
export function withdrawAgreement(round: AgreementRound, input: WithdrawAgreementInput, actor: AgreementActor, now: string): AgreementResult {
  if (actor.role !== "facilitator") return refuse("forbidden", "Only a facilitator can withdraw an agreement round");
  if (round.status !== "open") return refuse("not_open", "This agreement round is already closed");
  return {
    ok: true,
    round: {
      ...round,
      status: "withdrawn",
      revision: round.revision + 1,
      closedBy: actor,
      closedAt: now,
      withdrawnReason: input.reason?.trim() ? input.reason.trim() : null,
    },
  };
}
