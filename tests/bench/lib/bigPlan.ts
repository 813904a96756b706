/**
 * The large plan of the export benchmarks: about `pages` A4 pages of prose
 * (~3,000 characters a page) in 25 sections, 20 indicators and `actions`
 * actions, deterministic (seeded) apart from the random item ids.
 */
import type * as Y from "yjs";
import {
  addAction,
  addIndicator,
  addSection,
  bodyDoc,
  bulletList,
  createPlanDoc,
  heading,
  paragraph,
  planText,
  text,
  type PmNode,
} from "@jigsaw/shared/plan/index";
import { prng } from "./planContent.ts";

const SENTENCES = [
  "Healthy life expectancy in the most deprived neighbourhoods is more than ten years below the least deprived.",
  "The council, the ICB, the trusts and the VCSE alliance will pool data and staff time to close the gap.",
  "Residents told us that warm homes, safe streets and good work matter more than any single service.",
  "Core20PLUS5 directs NHS effort to the most deprived fifth of the population and to inclusion health groups.",
  "We will review progress every quarter at the place board and publish what we find in plain English.",
  "Family hubs will bring midwives, health visitors, early help and community groups under one roof.",
  "Fuel poverty is above the England average in three wards, and damp and mould drive childhood asthma admissions.",
  "Partners will agree a data sharing agreement so that progress can be tracked at neighbourhood level.",
];

/** Add the big plan's sections, indicators and actions to an existing plan document (one transaction per item). */
export function fillBigPlan(doc: Y.Doc, pages = 100, actions = 300): void {
  const rand = prng(42);
  const sentence = () => SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
  const sections = 25;
  const targetChars = pages * 3000;
  const perSection = targetChars / sections;
  for (let s = 0; s < sections; s++) {
    const blocks: PmNode[] = [];
    let chars = 0;
    let n = 0;
    while (chars < perSection) {
      if (n % 6 === 0) blocks.push(heading(2, `Part ${s + 1}.${n / 6 + 1}`));
      if (n % 5 === 4) blocks.push(bulletList([sentence(), sentence(), sentence()]));
      const words = [sentence(), sentence(), sentence(), sentence()].join(" ");
      blocks.push(paragraph([text(words.slice(0, 60), [{ type: "bold" }]), text(words.slice(60)), text(" JSNA", [{ type: "link", attrs: { href: "https://example.org/jsna" } }])]));
      chars += words.length + 5;
      n++;
    }
    addSection(doc, { title: `Section ${s + 1}: ${sentence().split(" ").slice(0, 5).join(" ")}`, body: bodyDoc(blocks), outcomes: ["SO-04", "SO-01"] });
  }
  const indicatorIds: string[] = [];
  for (let i = 0; i < 20; i++) indicatorIds.push(addIndicator(doc, { label: `Indicator ${i + 1}`, indicatorRef: i % 2 ? "IND-HLE" : null, unit: "%" }));
  for (let a = 0; a < actions; a++) {
    addAction(doc, {
      title: `Action ${a + 1}: ${sentence().slice(0, 90)}`,
      leadOrganisation: ["Riverside Borough Council", "Riverside ICB", "Riverside CVS"][a % 3]!,
      partnerOrganisations: ["Riverside NHS Foundation Trust", "Healthwatch Riverside"],
      status: (["not_started", "on_track", "at_risk", "off_track", "done"] as const)[a % 5]!,
      dueDate: `2027-${String((a % 12) + 1).padStart(2, "0")}-01`,
      outcomes: ["SO-04"],
      indicators: [indicatorIds[a % indicatorIds.length]!],
    });
  }
}

/** Title and place of the big plan. */
export const BIG_PLAN_TITLE = "Riverside Place Plan 2026-2029";

/** A deterministic blank-template plan filled by `fillBigPlan`. */
export function bigPlan(pages = 100, actions = 300): { doc: Y.Doc; chars: number } {
  const doc = createPlanDoc("blank", { title: BIG_PLAN_TITLE, place: "Riverside", now: new Date("2026-03-01T00:00:00Z") });
  fillBigPlan(doc, pages, actions);
  return { doc, chars: planText(doc).text.length };
}
