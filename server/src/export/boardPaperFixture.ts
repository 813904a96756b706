import type { PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import { addAction, addIndicator, addSection, bodyDoc, bulletList, createPlanDoc, heading, paragraph, readPlan } from "@jigsaw/shared/plan/index";

/** The non-Latin sample every format must carry through: Latin Extended, CJK and symbols. */
export const SAMPLE = "Café – Łódź – 健康 – ✓";

const LOREM =
  "Partners will work together on prevention, with the council, the NHS and the voluntary and community sector sharing data and budgets where that helps residents stay well at home.";

/**
 * An agreed plan as a committee paper gets it: several sections (long enough to run over
 * pages), body headings that start deep (h1 then h3), outcome codes, a model-linked
 * indicator, and a sign-off record in which one organisation objected and later consented.
 */
export function boardPaperInput(): PlanExportInput {
  const doc = createPlanDoc("blank", { title: `Joint plan ${SAMPLE}`, place: "Riverside", now: new Date(0) });
  addSection(doc, {
    title: `Starting well ${SAMPLE}`,
    outcomes: ["SO-02"],
    body: bodyDoc([
      paragraph(`Body text ${SAMPLE}`),
      heading(1, "Why it matters"),
      paragraph(LOREM),
      heading(3, "What we will do"),
      bulletList(["Family hubs in every neighbourhood", "Health visiting for every new family"]),
      heading(2, "How we will know"),
      paragraph(LOREM),
    ]),
  });
  for (let i = 1; i <= 6; i++) {
    addSection(doc, {
      title: `Section ${i}`,
      outcomes: i === 1 ? ["SO-01", "SO-03"] : [],
      body: bodyDoc([heading(3, `Part ${i}.1`), ...Array.from({ length: 6 }, () => paragraph(LOREM)), heading(3, `Part ${i}.2`), paragraph(LOREM)]),
    });
  }
  const indicator = addIndicator(doc, { label: "Healthy life expectancy", indicatorRef: "IND-HLE", unit: "years" });
  addAction(doc, {
    title: `Open family hubs ${SAMPLE}`,
    leadOrganisation: "Riverside Council",
    partnerOrganisations: ["Riverside ICB"],
    sector: "council",
    status: "on_track",
    dueDate: "2026-03-31",
    outcomes: ["SO-02"],
    indicators: [indicator],
  });
  const snapshot = readPlan(doc);
  return {
    generatedAt: "2026-11-28T09:00:00.000Z",
    partnership: { name: `Riverside partnership ${SAMPLE}`, place: "Riverside" },
    plan: { id: "plan-board", title: snapshot.meta.title, template: "blank" },
    version: { id: "v-agreed", kind: "agreed", name: "Agreed plan", createdAt: "2026-11-28T08:59:00.000Z", contentHash: "ab".repeat(32) },
    snapshot,
    signOff: {
      agreementId: "agreement-1",
      title: "Whole plan",
      outcome: "Agreed by every partner",
      reviewDate: "2027-11-01",
      closedAt: "2026-11-28T08:59:00.000Z",
      closedBy: "Amara Okafor",
      entries: [
        {
          organisation: "Riverside ICB",
          response: "consent",
          comment: null,
          by: "David Ng",
          at: "2026-11-28T08:41:00.000Z",
          trail: [
            { response: "object", comment: "The budget line is missing", by: "David Ng", role: "editor", at: "2026-11-28T05:41:00.000Z" },
            { response: "consent", comment: null, by: "David Ng", role: "editor", at: "2026-11-28T08:41:00.000Z" },
          ],
        },
        {
          organisation: `Grŵp ${SAMPLE}`,
          response: "consent_with_comment",
          comment: `Yes ${SAMPLE}`,
          by: "Siân Evans",
          at: "2026-11-28T07:00:00.000Z",
          trail: [{ response: "consent_with_comment", comment: `Yes ${SAMPLE}`, by: "Siân Evans", role: "facilitator", at: "2026-11-28T07:00:00.000Z" }],
        },
        { organisation: "Northfield Residents' Association", response: "none", comment: null, by: null, at: null },
      ],
    },
    lens: "all",
    comments: [],
  };
}
