import type { PlanTemplate } from "../domain/plan.ts";
import { bodyDoc, bulletList, heading, paragraph, sectionBodyFromParagraphs } from "./bodyBuilders.ts";
import type { ActionFields, IndicatorFields, PmDoc, RiskFields } from "./schema.ts";

/** A section a template creates. `key` links actions to it. */
export interface TemplateSection {
  key: string;
  title: string;
  outcomes: string[];
  body: PmDoc;
}

/** An indicator a template creates. `key` links actions to it. */
export type TemplateIndicator = Partial<IndicatorFields> & { key: string; label: string };

/** An action a template creates, linked to a section and indicators by key. */
export type TemplateAction = Partial<Omit<ActionFields, "sectionId" | "indicators">> & {
  title: string;
  sectionKey?: string;
  indicatorKeys?: string[];
};

/** A risk a template creates. */
export type TemplateRisk = Partial<RiskFields> & { title: string };

/** Everything a template puts in a new plan (no ids yet: `createPlanDoc` assigns them). */
export interface PlanTemplateContent {
  sections: TemplateSection[];
  indicators: TemplateIndicator[];
  actions: TemplateAction[];
  risks: TemplateRisk[];
}

/** What templates may mention. */
export interface TemplateContext {
  title: string;
  /** Place name, e.g. "Riverside". Used in organisation names and starter text. */
  place: string;
}

function orgs(place: string) {
  const p = place.trim() || "Our";
  return { council: `${p} Borough Council`, icb: `${p} ICB`, cvs: `${p} CVS`, trust: `${p} NHS Foundation Trust` };
}

function placePlan({ place }: TemplateContext): PlanTemplateContent {
  const o = orgs(place);
  const where = place.trim() || "our place";
  return {
    sections: [
      {
        key: "place",
        title: "Our place and its people",
        outcomes: [],
        body: bodyDoc([
          paragraph(`Describe ${where} in a few sentences: who lives here, what people value about it, and where life is harder.`),
          paragraph("Use the joint strategic needs assessment and what residents have told you. Keep it short and say where each fact comes from."),
          bulletList([
            "How many people live here, and how is that changing?",
            "Which neighbourhoods are among the most deprived 20% in England?",
            "What do residents, community groups and front-line staff say matters most?",
          ]),
        ]),
      },
      {
        key: "ambitions",
        title: "Shared ambitions",
        outcomes: ["SO-04", "SO-01", "SO-09"],
        body: bodyDoc([
          paragraph("Write two or three ambitions every partner can sign up to. Say what will be different for residents, not what organisations will do."),
          paragraph("For example: people in our poorest neighbourhoods live as many years in good health as people in our richest."),
        ]),
      },
      {
        key: "healthy",
        title: "Healthy lives: closing the gap in healthy life expectancy",
        outcomes: ["SO-04", "SO-10"],
        body: bodyDoc([
          heading(3, "Why this matters"),
          paragraph("People in our most deprived neighbourhoods spend more of their lives in poor health. Say how big the gap is here and who it affects most."),
          heading(3, "What we will do together"),
          paragraph("List the few things partners will do differently, for example finding high blood pressure earlier and helping people stop smoking."),
        ]),
      },
      {
        key: "work",
        title: "Good work and skills",
        outcomes: ["SO-01", "SO-03"],
        body: sectionBodyFromParagraphs([
          "Good work is good for health. Describe who is out of work because of ill health, and what would help them into work that suits them.",
          "Think about employers across the partnership, including the NHS and the council, as places where local people can start a career.",
        ]),
      },
      {
        key: "homes",
        title: "Pride in place: safe, warm homes",
        outcomes: ["SO-06", "SO-09"],
        body: sectionBodyFromParagraphs([
          "Cold, damp homes make people ill. Describe where fuel poverty and poor housing are worst, and how partners will find and help the households affected.",
          "Say how residents will help shape their neighbourhoods, so people feel proud of where they live.",
        ]),
      },
      {
        key: "starting",
        title: "Starting well",
        outcomes: ["SO-02"],
        body: sectionBodyFromParagraphs([
          "Give every child the best start in life. Describe what families need before birth and in the early years, and how services will work together around them.",
        ]),
      },
      {
        key: "delivery",
        title: "Delivery and governance",
        outcomes: ["SO-12"],
        body: bodyDoc([
          paragraph("Explain who is accountable for this plan and how decisions are made."),
          bulletList([
            "Which board owns the plan, and how often it meets",
            "Who leads each priority",
            "How residents and the voluntary and community sector take part",
            "How money and staff time are pooled or aligned",
          ]),
        ]),
      },
      {
        key: "measures",
        title: "How we will know we've made a difference",
        outcomes: ["SO-12"],
        body: sectionBodyFromParagraphs([
          "Choose a small number of indicators that residents would recognise. For each, give the starting point, the target and when you will report progress.",
          "Add people's stories alongside the numbers, so the plan shows what has changed in people's lives.",
        ]),
      },
    ],
    indicators: [
      { key: "hle", indicatorRef: "IND-HLE", label: "Healthy life expectancy at birth", unit: "years", notes: "Source: OHID Fingertips. Add the latest figure and the gap between our most and least deprived areas." },
      { key: "emp", indicatorRef: "IND-EMP", label: "People aged 16 to 64 in employment", unit: "%" , notes: "" },
      { key: "fuel", indicatorRef: "IND-FUELPOV", label: "Households in fuel poverty", unit: "% households", notes: "" },
      { key: "ready", indicatorRef: "IND-SCHREADY", label: "Children with a good level of development at the end of Reception", unit: "%", notes: "" },
    ],
    actions: [
      {
        title: "Offer blood pressure checks in community venues in our most deprived neighbourhoods",
        leadOrganisation: o.icb,
        partnerOrganisations: [o.cvs, o.council],
        sector: "nhs",
        outcomes: ["SO-04", "SO-10"],
        sectionKey: "healthy",
        indicatorKeys: ["hle"],
      },
      {
        title: "Joint work and health support through GP practices and community hubs",
        leadOrganisation: o.council,
        partnerOrganisations: [o.icb, o.cvs],
        sector: "council",
        outcomes: ["SO-01"],
        sectionKey: "work",
        indicatorKeys: ["emp"],
      },
      {
        title: "Find and help households living in cold, damp homes",
        leadOrganisation: o.council,
        partnerOrganisations: [o.icb, o.cvs],
        sector: "council",
        outcomes: ["SO-06"],
        sectionKey: "homes",
        indicatorKeys: ["fuel"],
      },
      {
        title: "Open a family hub in every neighbourhood",
        leadOrganisation: o.council,
        partnerOrganisations: [o.trust, o.cvs],
        sector: "council",
        outcomes: ["SO-02"],
        sectionKey: "starting",
        indicatorKeys: ["ready"],
      },
      {
        title: "Small grants for community groups to run local activities",
        leadOrganisation: o.cvs,
        partnerOrganisations: [o.council],
        sector: "voluntary",
        outcomes: ["SO-09"],
        sectionKey: "homes",
      },
    ],
    risks: [
      {
        title: "Partners' budgets are cut during the life of the plan",
        likelihood: 4,
        impact: 4,
        mitigation: "Agree early which actions are protected, and review the plan each year.",
        owner: "Place partnership board",
      },
      {
        title: "Partners cannot share the data needed to track progress",
        likelihood: 3,
        impact: 3,
        mitigation: "Agree a data sharing agreement in the first three months.",
        owner: "Population health lead",
      },
    ],
  };
}

function jhws({ place }: TemplateContext): PlanTemplateContent {
  const where = place.trim() || "our area";
  return {
    sections: [
      {
        key: "vision",
        title: "Vision",
        outcomes: ["SO-04"],
        body: sectionBodyFromParagraphs([
          `Say in one or two sentences what health and wellbeing in ${where} should look like in ten years.`,
          "The health and wellbeing board agrees this strategy; it should build on the joint strategic needs assessment.",
        ]),
      },
      {
        key: "starting",
        title: "Starting well",
        outcomes: ["SO-02"],
        body: sectionBodyFromParagraphs([
          "Pregnancy, the early years and childhood: what will partners do so every child gets a good start?",
        ]),
      },
      {
        key: "living",
        title: "Living well",
        outcomes: ["SO-04", "SO-05"],
        body: sectionBodyFromParagraphs([
          "Working-age adults: healthy behaviours, mental wellbeing and early diagnosis of long-term conditions.",
        ]),
      },
      {
        key: "ageing",
        title: "Ageing well",
        outcomes: ["SO-04", "SO-10"],
        body: sectionBodyFromParagraphs([
          "Older people: staying independent, connected and well at home for longer.",
        ]),
      },
      {
        key: "inequalities",
        title: "Tackling health inequalities (Core20PLUS5)",
        outcomes: ["SO-04", "SO-10", "SO-13"],
        body: bodyDoc([
          paragraph("Core20PLUS5 is the NHS approach to reducing health inequalities. Core20 is the most deprived 20% of the population; PLUS groups are chosen locally; the 5 are clinical areas where faster progress is needed."),
          paragraph(`Name the PLUS groups for ${where} and say how partners beyond the NHS will help.`),
        ]),
      },
      {
        key: "wider",
        title: "Wider determinants",
        outcomes: ["SO-01", "SO-06", "SO-08"],
        body: sectionBodyFromParagraphs([
          "Work, income, housing, education and the places we live shape most of our health. Say what partners will do on each.",
        ]),
      },
      {
        key: "governance",
        title: "Governance",
        outcomes: ["SO-12"],
        body: sectionBodyFromParagraphs([
          "How the health and wellbeing board will oversee the strategy, who reports progress, and how often.",
        ]),
      },
    ],
    indicators: [
      { key: "hle", indicatorRef: "IND-HLE", label: "Healthy life expectancy at birth", unit: "years", notes: "" },
      { key: "gap", indicatorRef: "IND-SII-HLE-LA", label: "Gap in healthy life expectancy between our most and least deprived areas", unit: "years", notes: "" },
    ],
    actions: [],
    risks: [],
  };
}

function blank(): PlanTemplateContent {
  return {
    sections: [{ key: "intro", title: "Introduction", outcomes: [], body: sectionBodyFromParagraphs([]) }],
    indicators: [],
    actions: [],
    risks: [],
  };
}

/** The starter content of a template. Pure and deterministic (no ids, no clock). */
export function templateContent(template: PlanTemplate, context: TemplateContext): PlanTemplateContent {
  switch (template) {
    case "place_plan":
      return placePlan(context);
    case "jhws":
      return jhws(context);
    case "blank":
      return blank();
  }
}
