import type { Sector } from "@jigsaw/shared/domain/sector";
import type { Role } from "@jigsaw/shared/domain/role";
import { planCreator } from "../commands/planCreator.ts";
import { addDemoIndicatorSeries } from "./demoIndicators.ts";
import { log } from "../logging/logger.ts";
import type { Services } from "./services.ts";
import { hashPassword } from "./passwords.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";

const seedLog = log("seed");

/** The password every demo account uses (printed at start-up; demo only). */
export const DEMO_PASSWORD = "riverside-demo-2026";

/** Demo members: one per sector, with realistic organisations. */
export const DEMO_MEMBERS: Array<{ email: string; displayName: string; organisation: string; sector: Sector; role: Role }> = [
  { email: "amara@riverside.example", displayName: "Amara Okafor", organisation: "Riverside Borough Council", sector: "council", role: "facilitator" },
  { email: "david@riverside.example", displayName: "Dr David Chen", organisation: "Riverside ICB", sector: "nhs", role: "editor" },
  { email: "fatima@riverside.example", displayName: "Fatima Begum", organisation: "Riverside CVS", sector: "voluntary", role: "editor" },
  { email: "gareth@riverside.example", displayName: "Gareth Price", organisation: "Northfield Residents' Association", sector: "community", role: "commenter" },
  { email: "helen@riverside.example", displayName: "Helen Marsh", organisation: "Riverside Borough Council Public Health", sector: "council", role: "editor" },
  { email: "sam@riverside.example", displayName: "Sam Taylor", organisation: "Riverside Fire and Rescue", sector: "other_public", role: "viewer" },
];

/**
 * Create the demo partnership "Riverside Place Partnership" with members from
 * each sector and a draft place plan, once. Returns false if it already exists.
 */
export async function seedDemo(ctx: Services): Promise<boolean> {
  const first = DEMO_MEMBERS[0]!;
  if (await ctx.storage.users.findByEmail(first.email)) {
    return false;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const at = nowIso();
  const ids = new Map<string, string>();
  for (const m of DEMO_MEMBERS) {
    const id = newId();
    ids.set(m.email, id);
    await ctx.storage.users.create({ id, email: m.email, displayName: m.displayName, passwordHash, createdAt: at });
  }
  const founderId = ids.get(first.email)!;
  const partnership = {
    id: newId(),
    name: "Riverside Place Partnership",
    place: "Riverside",
    description:
      "Riverside Borough Council, Riverside ICB, Riverside CVS and residents working together to close the gap in healthy life expectancy between Northfield and the rest of the borough.",
    createdAt: at,
    createdBy: founderId,
  };
  await ctx.storage.partnerships.createWithFounder(partnership, {
    partnershipId: partnership.id,
    userId: founderId,
    organisation: first.organisation,
    sector: first.sector,
    role: first.role,
    joinedAt: at,
    updatedAt: at,
  });
  for (const m of DEMO_MEMBERS.slice(1)) {
    const inviteId = newId();
    await ctx.storage.invites.create({
      id: inviteId,
      partnershipId: partnership.id,
      tokenHash: `seed-${inviteId}`,
      role: m.role,
      organisation: m.organisation,
      sector: m.sector,
      createdBy: founderId,
      createdAt: at,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    });
    await ctx.storage.invites.accept(inviteId, {
      partnershipId: partnership.id,
      userId: ids.get(m.email)!,
      organisation: m.organisation,
      sector: m.sector,
      role: m.role,
      joinedAt: at,
      updatedAt: at,
    });
  }
  const placePlan = await planCreator(ctx, partnership, founderId, { title: "Riverside Place Plan 2026–2030", template: "place_plan" });
  await ctx.planDocs.change(placePlan.id, null, (doc) => addDemoIndicatorSeries(doc));
  await planCreator(ctx, partnership, founderId, { title: "Joint Health and Wellbeing Strategy", template: "jhws" });
  seedLog.info({ partnership: partnership.name }, "demo partnership created");
  return true;
}
