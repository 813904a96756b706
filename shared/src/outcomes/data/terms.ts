import type { TermInput } from "../schema.ts";

/**
 * Framework terms converted from reference outcomes-model.json v0.2-verified (ids unchanged). Aliases were split into
 * spotted aliases, acronyms and broad keywords (not spotted); see README notes in index.ts.
 */
export const CORE_TERMS: TermInput[] = [
  {
    "id": "LU-OBJ1",
    "label": "Boost productivity, pay, jobs and living standards",
    "framework": "FW-LU",
    "kind": "objective",
    "sector": "council",
    "definition": "Objective 1: grow the private sector and raise productivity, pay, jobs and living standards, especially where they lag.",
    "plainEnglish": "More good jobs and better pay, especially where they are lagging.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "economic growth",
      "jobs and pay",
      "living standards"
    ],
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "wordingVerified": true
  },
  {
    "id": "LU-OBJ2",
    "label": "Spread opportunities and improve public services",
    "framework": "FW-LU",
    "kind": "objective",
    "sector": "council",
    "definition": "Objective 2: spread opportunity and improve public services, especially where they are weakest.",
    "plainEnglish": "Fairer chances in school, training and health wherever you live.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "opportunity",
      "public services"
    ],
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "wordingVerified": true
  },
  {
    "id": "LU-OBJ3",
    "label": "Restore a sense of community, local pride and belonging",
    "framework": "FW-LU",
    "kind": "objective",
    "sector": "council",
    "definition": "Objective 3: restore community, local pride and belonging, especially where they have been lost.",
    "plainEnglish": "Places people are proud of and feel they belong to.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "pride",
      "belonging",
      "community"
    ],
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "wordingVerified": true
  },
  {
    "id": "LU-OBJ4",
    "label": "Empower local leaders and communities",
    "framework": "FW-LU",
    "kind": "objective",
    "sector": "council",
    "definition": "Objective 4: give local leaders and communities more power, especially where local agency is lacking.",
    "plainEnglish": "More decisions made locally by local leaders and communities.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "devolution",
      "local leadership",
      "local agency"
    ],
    "sources": [
      "S-LUWP",
      "S-MJ-DEVO"
    ],
    "wordingVerified": true
  },
  {
    "id": "LU-M1",
    "label": "Mission 1: Living standards",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 pay, employment and productivity rise in every area of the UK, each area has a globally competitive city, and the gap between the top performing and other areas closes.",
    "plainEnglish": "More people in work and earning more, everywhere.",
    "aliases": [
      "Mission 1",
      "levelling up mission 1",
      "LU mission 1"
    ],
    "acronyms": [],
    "keywords": [
      "pay",
      "jobs",
      "employment",
      "productivity",
      "living standards",
      "good jobs",
      "local economy",
      "growth"
    ],
    "sources": [
      "S-RSN",
      "S-WWG"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ1",
    "objectiveVerified": true
  },
  {
    "id": "LU-M2",
    "label": "Mission 2: Research and development",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 domestic public R&D investment outside the Greater South East rises by at least 40% (and by at least a third over the Spending Review period), aiming to leverage at least twice as much private investment over the long term.",
    "plainEnglish": "More research and innovation money spent outside London and the South East.",
    "aliases": [
      "Mission 2",
      "levelling up mission 2",
      "LU mission 2"
    ],
    "acronyms": [],
    "keywords": [
      "R&D",
      "innovation",
      "research investment"
    ],
    "sources": [
      "S-CITYREDI",
      "S-CASE-RD"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ1",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M3",
    "label": "Mission 3: Transport infrastructure",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 local public transport connectivity across the country is significantly closer to London's standards, with improved services, simpler fares and integrated ticketing.",
    "plainEnglish": "Buses and trains that get you where you need to go, simply and affordably.",
    "aliases": [
      "Mission 3",
      "levelling up mission 3",
      "LU mission 3"
    ],
    "acronyms": [],
    "keywords": [
      "transport",
      "buses",
      "public transport",
      "connectivity",
      "getting around"
    ],
    "sources": [
      "S-RSN",
      "S-GUARDIAN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ1",
    "objectiveVerified": true
  },
  {
    "id": "LU-M4",
    "label": "Mission 4: Digital connectivity",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 nationwide gigabit-capable broadband and 4G coverage, with 5G for the majority of the population.",
    "plainEnglish": "Fast, reliable internet and mobile signal everywhere.",
    "aliases": [
      "Mission 4",
      "levelling up mission 4",
      "LU mission 4",
      "digital connectivity mission"
    ],
    "acronyms": [],
    "keywords": [
      "broadband",
      "digital",
      "5G",
      "connectivity"
    ],
    "sources": [
      "S-RSN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ1",
    "objectiveVerified": true
  },
  {
    "id": "LU-M5",
    "label": "Mission 5: Education",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 the number of primary children reaching the expected standard in reading, writing and maths significantly increases; in England 90% reach it and the worst performing areas improve by over a third.",
    "plainEnglish": "Children leave primary school able to read, write and do maths well.",
    "aliases": [
      "Mission 5",
      "levelling up mission 5",
      "LU mission 5"
    ],
    "acronyms": [],
    "keywords": [
      "schools",
      "education",
      "attainment",
      "literacy",
      "numeracy"
    ],
    "sources": [
      "S-RSN",
      "S-GUARDIAN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ2",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M6",
    "label": "Mission 6: Skills",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 the number successfully completing high-quality skills training rises significantly in every area; in England 200,000 more a year, including 80,000 more in the lowest-skilled areas.",
    "plainEnglish": "More adults getting good training and qualifications.",
    "aliases": [
      "Mission 6",
      "levelling up mission 6",
      "LU mission 6"
    ],
    "acronyms": [],
    "keywords": [
      "skills",
      "training",
      "apprenticeships",
      "adult learning",
      "further education"
    ],
    "sources": [
      "S-RSN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ2",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M7",
    "label": "Mission 7: Health",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 the gap in healthy life expectancy between local areas where it is highest and lowest narrows; by 2035 HLE rises by five years.",
    "plainEnglish": "People live more years in good health, and the gap between places shrinks.",
    "aliases": [
      "Mission 7",
      "levelling up mission 7",
      "LU mission 7"
    ],
    "acronyms": [],
    "keywords": [
      "health",
      "living longer in good health"
    ],
    "sources": [
      "S-RSN",
      "S-TROWERS"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ2",
    "objectiveVerified": true
  },
  {
    "id": "LU-M8",
    "label": "Mission 8: Well-being",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 well-being improves in every area of the UK, with the gap between top performing and other areas closing.",
    "plainEnglish": "People feel more satisfied with life, everywhere.",
    "aliases": [
      "Mission 8",
      "levelling up mission 8",
      "LU mission 8"
    ],
    "acronyms": [],
    "keywords": [
      "wellbeing",
      "happiness",
      "life satisfaction",
      "quality of life"
    ],
    "sources": [
      "S-RSN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ2",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M9",
    "label": "Mission 9: Pride in place",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 pride in place (e.g. satisfaction with the town centre and engagement in local culture and community) rises in every area, with the gap between top performing and other areas closing.",
    "plainEnglish": "People like where they live and take part in local life.",
    "aliases": [
      "pride in place",
      "Mission 9",
      "levelling up mission 9",
      "LU mission 9"
    ],
    "acronyms": [],
    "keywords": [
      "town centre",
      "high street",
      "civic pride",
      "culture",
      "community engagement",
      "belonging"
    ],
    "sources": [
      "S-BENNETT",
      "S-RSN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ3",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M10",
    "label": "Mission 10: Housing",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 renters have a secure path to ownership with first-time buyers increasing in all areas; the ambition is a 50% fall in non-decent rented homes, with the biggest improvements in the lowest-performing areas.",
    "plainEnglish": "Safe, decent homes and a realistic route to owning one.",
    "aliases": [
      "Mission 10",
      "levelling up mission 10",
      "LU mission 10"
    ],
    "acronyms": [],
    "keywords": [
      "housing",
      "decent homes",
      "home ownership",
      "first-time buyers",
      "private rented sector",
      "damp and mould"
    ],
    "sources": [
      "S-RSN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ3",
    "objectiveVerified": true
  },
  {
    "id": "LU-M11",
    "label": "Mission 11: Crime",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 homicide, serious violence and neighbourhood crime fall, focused on the worst-affected areas.",
    "plainEnglish": "Safer streets and neighbourhoods.",
    "aliases": [
      "Mission 11",
      "levelling up mission 11",
      "LU mission 11"
    ],
    "acronyms": [],
    "keywords": [
      "crime",
      "community safety",
      "serious violence",
      "neighbourhood crime"
    ],
    "sources": [
      "S-GUARDIAN"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ3",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-M12",
    "label": "Mission 12: Local leadership",
    "framework": "FW-LU",
    "kind": "mission",
    "sector": "council",
    "definition": "By 2030 every part of England that wants one has a devolution deal with powers at or approaching the highest level and a simplified, long-term funding settlement.",
    "plainEnglish": "Local leaders get more powers and longer-term funding.",
    "aliases": [
      "devolution deal",
      "Mission 12",
      "levelling up mission 12",
      "LU mission 12"
    ],
    "acronyms": [],
    "keywords": [
      "devolution",
      "mayor",
      "combined authority",
      "local leadership"
    ],
    "sources": [
      "S-MJ-DEVO",
      "S-DEVO-AR2223"
    ],
    "wordingVerified": true,
    "objective": "LU-OBJ4",
    "objectiveVerified": false,
    "note": "Objective grouping follows the White Paper structure as recalled (2 under Objective 1; 5-8 under Objective 2; 9-11 under Objective 3; 12 under Objective 4). Not confirmed in this pass: RSN pages for missions 5 and 8 state no objective, RSN has no pages for missions 11-12, and the White Paper text itself was not reachable. Check the White Paper executive summary."
  },
  {
    "id": "LU-CAP-HUMAN",
    "label": "Human capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Skills, education and health of people. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Skills, education and health of people.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "skills",
      "health",
      "education"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "LU-CAP-PHYSICAL",
    "label": "Physical capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Infrastructure, machines and housing. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Infrastructure, machines and housing.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "infrastructure",
      "housing stock",
      "transport"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "LU-CAP-INTANGIBLE",
    "label": "Intangible capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Innovation, ideas and patents. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Innovation, ideas and patents.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "innovation",
      "R&D"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "LU-CAP-FINANCIAL",
    "label": "Financial capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Resources supporting the financing of companies. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Resources supporting the financing of companies.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "finance",
      "investment"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "spotLabel": false,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "LU-CAP-SOCIAL",
    "label": "Social capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Strength of communities, relationships and trust. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Strength of communities, relationships and trust.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "community",
      "trust",
      "relationships"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "LU-CAP-INSTITUTIONAL",
    "label": "Institutional capital",
    "framework": "FW-LU",
    "kind": "capital",
    "sector": "council",
    "definition": "Local leadership, capacity and capability. One of the White Paper's six capitals (definitions paraphrased).",
    "plainEnglish": "Local leadership, capacity and capability.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "local leadership",
      "institutions",
      "governance"
    ],
    "sources": [
      "S-GOREWELLS",
      "S-LUWP"
    ],
    "wordingVerified": true,
    "note": "The six capitals are confirmed; the one-line definitions are paraphrases, not White Paper wording."
  },
  {
    "id": "C20-CORE20",
    "inGlossary": true,
    "label": "Core20",
    "framework": "FW-C20A",
    "kind": "population",
    "sector": "nhs",
    "definition": "The most deprived 20% of the national population as identified by the national Index of Multiple Deprivation (IMD), usually applied at LSOA level.",
    "plainEnglish": "People living in the most deprived fifth of neighbourhoods in England.",
    "aliases": [
      "most deprived 20%",
      "IMD quintile 1",
      "Core 20"
    ],
    "acronyms": [],
    "keywords": [
      "deprived neighbourhoods"
    ],
    "sources": [
      "S-C20-RCP",
      "S-C20-ADULT"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-PLUS",
    "inGlossary": true,
    "label": "PLUS groups",
    "framework": "FW-C20A",
    "kind": "population",
    "sector": "nhs",
    "definition": "Population groups chosen locally by the ICS who experience poorer-than-average access, experience or outcomes and may not be captured by Core20: e.g. ethnic minority communities; people with a learning disability and autistic people; people with multiple long-term conditions; other protected-characteristic groups; inclusion health groups; coastal communities with hidden deprivation.",
    "plainEnglish": "Groups who get a worse deal from health services, chosen locally.",
    "aliases": [
      "PLUS population"
    ],
    "acronyms": [
      "PLUS"
    ],
    "keywords": [
      "underserved groups",
      "seldom heard"
    ],
    "sources": [
      "S-C20-RCP",
      "S-C20-CBME"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-INCL",
    "inGlossary": true,
    "label": "Inclusion health groups",
    "framework": "FW-C20A",
    "kind": "population",
    "sector": "nhs",
    "definition": "People experiencing homelessness, drug and alcohol dependence, vulnerable migrants, Gypsy, Roma and Traveller communities, sex workers, people in contact with the justice system, victims of modern slavery and other socially excluded groups.",
    "plainEnglish": "People most excluded from society and services.",
    "aliases": [
      "inclusion health"
    ],
    "acronyms": [],
    "keywords": [
      "socially excluded"
    ],
    "sources": [
      "S-C20-RCP"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-A-MAT",
    "label": "Maternity",
    "framework": "FW-C20A",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Continuity of care for women from Black, Asian and minority ethnic communities and from the most deprived groups (originally 75%).",
    "plainEnglish": "Same midwife team through pregnancy for those most at risk.",
    "aliases": [
      "maternity continuity of carer",
      "continuity of carer"
    ],
    "acronyms": [
      "MCoC"
    ],
    "keywords": [],
    "sources": [
      "S-C20-ADULT",
      "S-C20-CBME",
      "S-RCM-MCOC",
      "S-SRPV-C20"
    ],
    "wordingVerified": true,
    "spotLabel": false,
    "note": "NHS England removed all national targets for midwifery continuity of carer on 21 Sep 2022 (effective immediately); continuity support was to focus on women from Black, Asian and mixed ethnicity backgrounds (S-RCM-MCOC). The 75% figure is the original Core20PLUS5 ambition (S-SRPV-C20)."
  },
  {
    "id": "C20-A-SMI",
    "label": "Severe mental illness",
    "framework": "FW-C20A",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Annual physical health checks for 60% of people living with severe mental illness.",
    "plainEnglish": "Physical health checks for people with serious mental illness.",
    "aliases": [
      "SMI health checks"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-C20-ADULT",
      "S-SRPV-C20"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-A-RESP",
    "label": "Chronic respiratory disease",
    "framework": "FW-C20A",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Focus on COPD: increase uptake of COVID-19, flu and pneumonia vaccines to reduce infective exacerbations and emergency admissions.",
    "plainEnglish": "Fewer lung-disease flare-ups and hospital stays.",
    "aliases": [],
    "acronyms": [
      "COPD"
    ],
    "keywords": [
      "respiratory",
      "lung health"
    ],
    "sources": [
      "S-C20-ADULT"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-A-CANCER",
    "label": "Early cancer diagnosis",
    "framework": "FW-C20A",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "75% of cancers diagnosed at stage 1 or 2 by 2028.",
    "plainEnglish": "Catching cancer early.",
    "aliases": [
      "early diagnosis"
    ],
    "acronyms": [],
    "keywords": [
      "cancer stage",
      "screening"
    ],
    "sources": [
      "S-C20-ADULT",
      "S-SRPV-C20"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-A-HTN",
    "label": "Hypertension case-finding",
    "framework": "FW-C20A",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Find people with undiagnosed high blood pressure (case-finding) to reduce heart attack and stroke risk.",
    "plainEnglish": "Finding and treating high blood pressure.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "blood pressure",
      "CVD prevention",
      "hypertension"
    ],
    "sources": [
      "S-C20-ADULT"
    ],
    "wordingVerified": true,
    "note": "Later NHS England wording reportedly broadens this area to optimal management and lipid management; that is from recall and NOT confirmed (verify-log v2), so the definition here keeps to case-finding."
  },
  {
    "id": "C20-SMOKING",
    "label": "Smoking cessation (cross-cutting)",
    "framework": "FW-C20A",
    "kind": "cross_cutting",
    "sector": "nhs",
    "definition": "Smoking cessation runs as a thread across the five clinical areas.",
    "plainEnglish": "Helping people stop smoking.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "stop smoking",
      "tobacco dependence"
    ],
    "sources": [
      "S-SNEE"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "C20-CYP-PLUS",
    "label": "CYP PLUS considerations",
    "framework": "FW-C20C",
    "kind": "population",
    "sector": "nhs",
    "definition": "As adult PLUS groups, with specific consideration of young carers, looked-after children/care leavers and those in contact with the justice system.",
    "plainEnglish": "Children and young people who face extra barriers.",
    "aliases": [
      "CYP PLUS"
    ],
    "acronyms": [],
    "keywords": [
      "young carers",
      "care leavers",
      "looked after children"
    ],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true
  },
  {
    "id": "C20-C-ASTHMA",
    "label": "Asthma (CYP)",
    "framework": "FW-C20C",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Address over-reliance on reliever medication and reduce asthma attacks.",
    "plainEnglish": "Fewer asthma attacks in children.",
    "aliases": [
      "childhood asthma"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "C20-C-DIAB",
    "label": "Diabetes (CYP)",
    "framework": "FW-C20C",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Increase access to real-time continuous glucose monitors and insulin pumps in the most deprived quintiles and ethnic minority groups; more CYP with Type 2 diabetes getting annual health checks.",
    "plainEnglish": "Fair access to diabetes tech and checks for children.",
    "aliases": [],
    "acronyms": [
      "CGM"
    ],
    "keywords": [
      "type 1 diabetes",
      "insulin pumps"
    ],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "C20-C-EPI",
    "label": "Epilepsy (CYP)",
    "framework": "FW-C20C",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Increase access to epilepsy specialist nurses, including in the first year of care for those with a learning disability or autism.",
    "plainEnglish": "Specialist epilepsy support for children.",
    "aliases": [
      "epilepsy specialist nurses"
    ],
    "acronyms": [],
    "keywords": [
      "epilepsy nurses"
    ],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "C20-C-ORAL",
    "label": "Oral health (CYP)",
    "framework": "FW-C20C",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Address the backlog of hospital tooth extractions for under-10s.",
    "plainEnglish": "Fewer children needing teeth out in hospital.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "tooth decay",
      "dental extractions"
    ],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "C20-C-MH",
    "label": "Mental health (CYP)",
    "framework": "FW-C20C",
    "kind": "clinical_area",
    "sector": "nhs",
    "definition": "Improve access rates to CYP mental health services for 0-17 year olds, for certain ethnic groups, ages, genders and deprivation levels.",
    "plainEnglish": "Children and young people can get mental health help.",
    "aliases": [],
    "acronyms": [
      "CAMHS",
      "CYPMHS"
    ],
    "keywords": [
      "young people's mental health"
    ],
    "sources": [
      "S-C20-CYP",
      "S-C20-CYP-INFO"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "NHS-P1",
    "label": "Restore NHS services inclusively",
    "framework": "FW-NHS5",
    "kind": "priority",
    "sector": "nhs",
    "definition": "Restore NHS services inclusively (one of NHS England's five priority areas for tackling health inequalities, 2021/22 planning guidance; earlier framed as eight urgent actions in 2020).",
    "plainEnglish": "Recover services in a way that does not leave deprived or minority groups waiting longer.",
    "aliases": [
      "inclusive recovery",
      "NHS priority 1"
    ],
    "acronyms": [],
    "keywords": [
      "waiting lists by deprivation/ethnicity"
    ],
    "sources": [
      "S-HIQIP",
      "S-PG2122",
      "S-PHASE3",
      "S-NHSP-8ACTIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "NHS-P2",
    "label": "Mitigate against digital exclusion",
    "framework": "FW-NHS5",
    "kind": "priority",
    "sector": "nhs",
    "definition": "Mitigate against digital exclusion (one of NHS England's five priority areas for tackling health inequalities, 2021/22 planning guidance; earlier framed as eight urgent actions in 2020).",
    "plainEnglish": "Make sure moving services online does not shut people out.",
    "aliases": [
      "digital exclusion",
      "digital inclusion",
      "NHS priority 2"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-HIQIP",
      "S-PG2122",
      "S-PHASE3",
      "S-NHSP-8ACTIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "NHS-P3",
    "label": "Ensure datasets are complete and timely",
    "framework": "FW-NHS5",
    "kind": "priority",
    "sector": "nhs",
    "definition": "Ensure datasets are complete and timely (one of NHS England's five priority areas for tackling health inequalities, 2021/22 planning guidance; earlier framed as eight urgent actions in 2020).",
    "plainEnglish": "Record who people are (e.g. ethnicity) so inequalities can be seen.",
    "aliases": [
      "ethnicity recording",
      "NHS priority 3"
    ],
    "acronyms": [],
    "keywords": [
      "data quality"
    ],
    "sources": [
      "S-HIQIP",
      "S-PG2122",
      "S-PHASE3",
      "S-NHSP-8ACTIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "NHS-P4",
    "label": "Accelerate preventative programmes that proactively engage those at greatest risk of poor health outcomes",
    "framework": "FW-NHS5",
    "kind": "priority",
    "sector": "nhs",
    "definition": "Accelerate preventative programmes that proactively engage those at greatest risk of poor health outcomes (one of NHS England's five priority areas for tackling health inequalities, 2021/22 planning guidance; earlier framed as eight urgent actions in 2020).",
    "plainEnglish": "Reach the people most at risk before they get ill.",
    "aliases": [
      "NHS priority 4"
    ],
    "acronyms": [],
    "keywords": [
      "prevention",
      "proactive outreach"
    ],
    "sources": [
      "S-HIQIP",
      "S-PG2122",
      "S-PHASE3",
      "S-NHSP-8ACTIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "NHS-P5",
    "label": "Strengthen leadership and accountability",
    "framework": "FW-NHS5",
    "kind": "priority",
    "sector": "nhs",
    "definition": "Strengthen leadership and accountability (one of NHS England's five priority areas for tackling health inequalities, 2021/22 planning guidance; earlier framed as eight urgent actions in 2020).",
    "plainEnglish": "Someone senior is answerable for reducing inequalities.",
    "aliases": [
      "NHS priority 5"
    ],
    "acronyms": [],
    "keywords": [
      "leadership",
      "accountability",
      "named lead"
    ],
    "sources": [
      "S-HIQIP",
      "S-PG2122",
      "S-PHASE3",
      "S-NHSP-8ACTIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "NHS-STMT",
    "label": "Statement on information on health inequalities (s13SA)",
    "framework": "FW-NHSSTMT",
    "kind": "statutory_guidance",
    "sector": "nhs",
    "definition": "NHS England statement of how ICBs, trusts and foundation trusts should collect, analyse and publish health inequalities information; bodies must review their consistency with it in annual reports. Indicators align to the five priority areas and Core20PLUS5; the updated statement asks for data broken down at least by deprivation, ethnicity, age and sex.",
    "plainEnglish": "NHS bodies must publish data on who is getting a fair deal.",
    "aliases": [
      "health inequalities statement",
      "section 13SA"
    ],
    "acronyms": [
      "13SA",
      "s13SA"
    ],
    "keywords": [],
    "sources": [
      "S-STMT2023",
      "S-STMT-UPD",
      "S-STAFFS-HI"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-1",
    "label": "Give every child the best start in life",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Give every child the best start in life.",
    "plainEnglish": "Support families from pregnancy through the early years, so every child is healthy and ready to learn.",
    "aliases": [
      "best start in life",
      "Marmot principle 1"
    ],
    "acronyms": [],
    "keywords": [
      "early years",
      "best start",
      "school readiness"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-2",
    "label": "Enable all children, young people and adults to maximise their capabilities and have control over their lives",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Enable all children, young people and adults to maximise their capabilities and have control over their lives.",
    "plainEnglish": "Good schools, skills and chances to learn at every age, so people can take charge of their own lives.",
    "aliases": [
      "Marmot principle 2"
    ],
    "acronyms": [],
    "keywords": [
      "education",
      "skills",
      "capabilities",
      "control"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-3",
    "label": "Create fair employment and good work for all",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Create fair employment and good work for all.",
    "plainEnglish": "Enough good, secure, fairly paid jobs, open to everyone.",
    "aliases": [
      "fair employment",
      "Marmot principle 3"
    ],
    "acronyms": [],
    "keywords": [
      "good work",
      "jobs"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-4",
    "label": "Ensure a healthy standard of living for all",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Ensure a healthy standard of living for all.",
    "plainEnglish": "Everyone has enough money to live a healthy life.",
    "aliases": [
      "healthy standard of living",
      "Marmot principle 4"
    ],
    "acronyms": [],
    "keywords": [
      "income",
      "poverty",
      "cost of living"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-5",
    "label": "Create and develop healthy and sustainable places and communities",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Create and develop healthy and sustainable places and communities.",
    "plainEnglish": "Neighbourhoods with decent homes, clean air, green space and strong community ties.",
    "aliases": [
      "healthy and sustainable places",
      "Marmot principle 5"
    ],
    "acronyms": [],
    "keywords": [
      "healthy places",
      "communities",
      "housing",
      "environment"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-6",
    "label": "Strengthen the role and impact of ill-health prevention",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Strengthen the role and impact of ill-health prevention.",
    "plainEnglish": "Stop people getting ill in the first place, most of all where ill health is most common.",
    "aliases": [
      "ill-health prevention",
      "Marmot principle 6"
    ],
    "acronyms": [],
    "keywords": [
      "prevention"
    ],
    "sources": [
      "S-MARMOT2010",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true
  },
  {
    "id": "MAR-7",
    "label": "Tackle racism, discrimination and their outcomes",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Tackle racism, discrimination and their outcomes.",
    "plainEnglish": "Act on racism and discrimination, and on the harm they do to people's health.",
    "aliases": [
      "Marmot principle 7"
    ],
    "acronyms": [],
    "keywords": [
      "racism",
      "discrimination",
      "equity"
    ],
    "sources": [
      "S-COVENTRY",
      "S-WALES-MARMOT",
      "S-LGA-MARMOT",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true,
    "note": "One of two principles added to the 2010 six. IHE, the LGA ('added in recent years') and the Big Issue list all eight; NO source seen in v2 gives the date or the document that first added them (Coventry's 2022 dating and the post-Build-Back-Fairer / Greater Manchester 2021 attribution remain unverified). Do not hard-code a year."
  },
  {
    "id": "MAR-8",
    "label": "Pursue environmental sustainability and health equity together",
    "framework": "FW-MARMOT",
    "kind": "principle",
    "sector": "cross",
    "definition": "Pursue environmental sustainability and health equity together.",
    "plainEnglish": "Cut pollution and tackle climate change in ways that also narrow health gaps.",
    "aliases": [
      "Marmot principle 8"
    ],
    "acronyms": [],
    "keywords": [
      "climate",
      "net zero",
      "environment"
    ],
    "sources": [
      "S-COVENTRY",
      "S-WALES-MARMOT",
      "S-LGA-MARMOT",
      "S-IHE-PLACES"
    ],
    "wordingVerified": true,
    "note": "One of two principles added to the 2010 six. IHE, the LGA ('added in recent years') and the Big Issue list all eight; NO source seen in v2 gives the date or the document that first added them (Coventry's 2022 dating and the post-Build-Back-Fairer / Greater Manchester 2021 attribution remain unverified). Do not hard-code a year."
  },
  {
    "id": "MAR-PLACE",
    "inGlossary": true,
    "label": "Marmot Place",
    "framework": "FW-MARMOT",
    "kind": "concept",
    "sector": "cross",
    "definition": "An area (council, city region, ICS or nation) that commits, usually with UCL IHE, to act on the social determinants of health across the eight principles: analyse local inequalities, strengthen the local health-equity system, adopt recommendations and monitor them. Coventry was first (2013); more than 50 areas in England, Wales and Scotland have signed up, 37 of them councils.",
    "plainEnglish": "A place that has signed up to tackle the causes of unequal health together.",
    "aliases": [
      "Marmot City",
      "Marmot city region",
      "Marmot nation"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-LGA-MARMOT",
      "S-COVENTRY",
      "S-IHE-PLACES",
      "S-BIGISSUE-MARMOT"
    ],
    "wordingVerified": true,
    "note": "Counts differ by date: LGA (2024/25) says more than 50 areas, 37 of them councils; IHE's deputy director (Big Issue, c. 2025) says more than 60 Marmot Places covering over 43% of the UK population."
  },
  {
    "id": "CONCEPT-PU",
    "inGlossary": true,
    "label": "Proportionate universalism",
    "framework": "FW-MARMOT",
    "kind": "concept",
    "sector": "cross",
    "definition": "Universal action with scale and intensity proportionate to the level of disadvantage (Marmot 2010).",
    "plainEnglish": "Services for everyone, with more help where need is greatest.",
    "aliases": [],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-MARMOT2010",
      "S-PU-IJEH"
    ],
    "wordingVerified": true,
    "note": "Confirmed in v2 (S-PU-IJEH). 'Targeted universalism' (a related but distinct idea from US equity policy) was removed from the aliases, as the reference recommends."
  },
  {
    "id": "PHOF-HLO1",
    "label": "Increased healthy life expectancy",
    "framework": "FW-PHOF",
    "kind": "high_level_outcome",
    "sector": "council",
    "definition": "PHOF high-level outcome 1.",
    "plainEnglish": "More years lived in good health.",
    "aliases": [
      "PHOF high-level outcome 1"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-PHOF"
    ],
    "wordingVerified": true
  },
  {
    "id": "PHOF-HLO2",
    "label": "Reduced differences in life expectancy and healthy life expectancy between communities",
    "framework": "FW-PHOF",
    "kind": "high_level_outcome",
    "sector": "council",
    "definition": "PHOF high-level outcome 2.",
    "plainEnglish": "A smaller gap in years of life and years of good health between richer and poorer communities.",
    "aliases": [
      "PHOF high-level outcome 2"
    ],
    "acronyms": [],
    "keywords": [
      "health gap"
    ],
    "sources": [
      "S-PHOF"
    ],
    "wordingVerified": true,
    "note": "PHOF measures this gap with slope indices of inequality (SII) across deprivation deciles; see GL-SII."
  },
  {
    "id": "CONCEPT-WDH",
    "inGlossary": true,
    "label": "Wider determinants of health",
    "framework": "FW-PHOF",
    "kind": "concept",
    "sector": "cross",
    "definition": "Social, economic and environmental conditions (income, work, education, housing, environment, crime, communities) that shape health; PHOF domain B.",
    "plainEnglish": "The everyday things that make us healthy or ill: money, work, homes, schools, neighbourhoods.",
    "aliases": [
      "social determinants",
      "building blocks of health",
      "wider determinants",
      "social determinants of health"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-PHOF",
      "S-LGA-MARMOT"
    ],
    "wordingVerified": true
  },
  {
    "id": "CONCEPT-HLE",
    "label": "Healthy life expectancy",
    "framework": "FW-PHOF",
    "kind": "concept",
    "sector": "cross",
    "definition": "Average years a person would expect to live in good self-reported health given current mortality and health rates (ONS).",
    "plainEnglish": "How many years you can expect to live in good health.",
    "aliases": [],
    "acronyms": [
      "HLE"
    ],
    "keywords": [
      "years in good health"
    ],
    "sources": [
      "S-PHOF"
    ],
    "wordingVerified": true
  },
  {
    "id": "CONCEPT-HI",
    "inGlossary": true,
    "label": "Health inequalities",
    "framework": "FW-NHS5",
    "kind": "concept",
    "sector": "nhs",
    "definition": "Unfair, avoidable and systematic differences in health between groups of people (NHS England / King's Fund usage).",
    "plainEnglish": "Unfair gaps in health between groups.",
    "aliases": [
      "health disparities",
      "healthcare inequalities",
      "health inequality"
    ],
    "acronyms": [],
    "keywords": [
      "health equity"
    ],
    "sources": [
      "S-HIQIP"
    ],
    "wordingVerified": true
  },
  {
    "id": "CONCEPT-IMD",
    "label": "Index of Multiple Deprivation",
    "framework": "FW-C20A",
    "kind": "concept",
    "sector": "cross",
    "definition": "Official small-area (LSOA) deprivation ranking combining seven domains: income, employment, education, health, crime, barriers to housing and services, living environment.",
    "plainEnglish": "The government's ranking of how deprived each neighbourhood is.",
    "aliases": [
      "Indices of Multiple Deprivation",
      "Indices of Deprivation",
      "English Indices of Deprivation"
    ],
    "acronyms": [
      "IMD"
    ],
    "keywords": [
      "deprivation"
    ],
    "sources": [
      "S-C20-ADULT"
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-HLE-GAP",
    "label": "Halve the gap in healthy life expectancy between the richest and poorest regions",
    "framework": "FW-GOV2024",
    "kind": "mission_target",
    "sector": "cross",
    "definition": "2024 Labour manifesto commitment, carried into the government's health mission: halve the gap in healthy life expectancy between the richest and poorest regions in England.",
    "plainEnglish": "Close half the gap in years of good health between regions.",
    "aliases": [
      "HLE gap",
      "healthy life expectancy gap"
    ],
    "acronyms": [],
    "keywords": [
      "health mission"
    ],
    "sources": [
      "S-LAB-HLE",
      "S-GOVMISSIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-10YHP-H2C",
    "label": "Shift: hospital to community",
    "framework": "FW-10YHP",
    "kind": "shift",
    "sector": "nhs",
    "definition": "One of the 10 Year Health Plan's three shifts (neighbourhood health).",
    "plainEnglish": "More care closer to home.",
    "aliases": [
      "neighbourhood health",
      "hospital to community"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-10YHP"
    ],
    "wordingVerified": true,
    "note": "Confirmed in v2: gov.uk policy paper (3 Jul 2025) names the three shifts hospital to community, analogue to digital, sickness to prevention."
  },
  {
    "id": "GOV-10YHP-A2D",
    "label": "Shift: analogue to digital",
    "framework": "FW-10YHP",
    "kind": "shift",
    "sector": "nhs",
    "definition": "One of the 10 Year Health Plan's three shifts.",
    "plainEnglish": "More care and admin done digitally.",
    "aliases": [
      "NHS App",
      "analogue to digital"
    ],
    "acronyms": [],
    "keywords": [
      "digital NHS"
    ],
    "sources": [
      "S-10YHP"
    ],
    "wordingVerified": true,
    "note": "Confirmed in v2: gov.uk policy paper (3 Jul 2025) names the three shifts hospital to community, analogue to digital, sickness to prevention."
  },
  {
    "id": "GOV-10YHP-S2P",
    "label": "Shift: sickness to prevention",
    "framework": "FW-10YHP",
    "kind": "shift",
    "sector": "nhs",
    "definition": "One of the 10 Year Health Plan's three shifts.",
    "plainEnglish": "Stopping illness before it starts.",
    "aliases": [
      "sickness to prevention"
    ],
    "acronyms": [],
    "keywords": [
      "prevention"
    ],
    "sources": [
      "S-10YHP"
    ],
    "wordingVerified": true,
    "note": "Confirmed in v2: gov.uk policy paper (3 Jul 2025) names the three shifts hospital to community, analogue to digital, sickness to prevention."
  },
  {
    "id": "ICS-ICB",
    "label": "Integrated care board (ICB)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Statutory NHS body (from 1 July 2022) that plans and funds NHS services for its area; prepares a joint forward plan with trusts; has duties on health inequalities. Being reshaped as a 'strategic commissioner' with 50% running-cost cuts (Model ICB Blueprint 2025).",
    "plainEnglish": "The NHS organisation that plans and pays for most local NHS services.",
    "aliases": [],
    "acronyms": [
      "ICB"
    ],
    "keywords": [],
    "sources": [
      "S-NHSCONFED",
      "S-ICB-BLUEPRINT"
    ],
    "checks": [
      {
        "claim": "Are there still 42 ICBs?",
        "result": "changed",
        "checked": "2026-12-07",
        "sources": [
          "S-WMS-ICB-2025",
          "S-CONFED-ICB-MERGE"
        ],
        "finding": "42 ICBs were set up on 1 July 2022. From 2025 most work in clusters (senior leadership teams going from 42 to 26), and the first ICB mergers and boundary changes were approved to take effect on 1 April 2026 (London, East of England, South East), with further mergers planned for 1 April 2027. The number of ICBs after April 2026 was not checked, so the model gives none."
      }
    ],
    "wordingVerified": true,
    "note": "ICBs replaced clinical commissioning groups (CCGs), see GL-CCG."
  },
  {
    "id": "ICS-ICP",
    "label": "Integrated care partnership (ICP)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Statutory joint committee of the ICB and the upper-tier councils in its area; must prepare an integrated care strategy for assessed needs, involving Healthwatch and local people.",
    "plainEnglish": "A joint committee of the NHS and councils that writes the area-wide health and care strategy.",
    "aliases": [],
    "acronyms": [
      "ICP"
    ],
    "keywords": [
      "partnership board"
    ],
    "sources": [
      "S-LGPIHA",
      "S-ICSGUIDE"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-STRAT",
    "label": "Integrated care strategy",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "ICP strategy setting how assessed needs (from JSNAs) will be met by the ICB, NHS England and councils; updated guidance (Feb 2024) says place-level plans, including shared outcomes frameworks, should shape it and it may address wider determinants.",
    "plainEnglish": "The area-wide plan for meeting people's health and care needs, written by NHS and council partners together.",
    "aliases": [
      "ICS strategy"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-LGPIHA",
      "S-ICSGUIDE"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-JFP",
    "label": "Joint forward plan (JFP)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Five-year plan prepared by the ICB with partner NHS trusts before each financial year, shared with the ICP, HWBs and NHS England.",
    "plainEnglish": "The NHS's five-year plan for the area, refreshed every year.",
    "aliases": [],
    "acronyms": [
      "JFP"
    ],
    "keywords": [
      "5-year plan"
    ],
    "sources": [
      "S-NHSCONFED"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-PBP",
    "inGlossary": true,
    "label": "Place-based partnership",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Non-statutory collaboration of NHS, council, VCSE and others at 'place' (often an upper-tier/unitary council area, typically 250,000-500,000 people; around 175 in England). Form and functions are set locally.",
    "plainEnglish": "Local NHS, council, voluntary and community partners working together for one place.",
    "aliases": [
      "place board",
      "locality partnership",
      "place partnership",
      "place-based partnership board"
    ],
    "acronyms": [],
    "keywords": [
      "place"
    ],
    "sources": [
      "S-KF-PBP",
      "S-THRIVING",
      "S-KF-2025"
    ],
    "wordingVerified": true,
    "note": "2025 review: governance mixed, limited ICB delegation, no mutual accountability mechanisms."
  },
  {
    "id": "ICS-HWB",
    "label": "Health and wellbeing board (HWB)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Statutory committee of each upper-tier council (since April 2013) bringing together council, NHS (ICB) and Healthwatch; jointly responsible for the JSNA and joint local health and wellbeing strategy; a partnership forum with limited formal powers.",
    "plainEnglish": "The council-led board where the council, NHS and Healthwatch agree local health priorities.",
    "aliases": [],
    "acronyms": [
      "HWB",
      "HWBB"
    ],
    "keywords": [],
    "sources": [
      "S-KF-HWB"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-JSNA",
    "label": "Joint strategic needs assessment (JSNA)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Assessment of current and future health, care and wellbeing needs of the local population, prepared by the council and ICB through the HWB.",
    "plainEnglish": "The shared evidence about local people's health and care needs.",
    "aliases": [],
    "acronyms": [
      "JSNA"
    ],
    "keywords": [
      "needs assessment"
    ],
    "sources": [
      "S-KF-HWB"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-JLHWS",
    "label": "Joint local health and wellbeing strategy (JLHWS)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Strategy to meet the needs identified in the JSNA, agreed through the HWB; ICBs, ICPs and councils must have regard to it.",
    "plainEnglish": "The local plan for improving health and wellbeing, based on the needs assessment.",
    "aliases": [
      "health and wellbeing strategy",
      "joint health and wellbeing strategy"
    ],
    "acronyms": [
      "JHWS",
      "JLHWS"
    ],
    "keywords": [],
    "sources": [
      "S-KF-HWB",
      "S-NHSCONFED"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-VCSE",
    "label": "VCSE alliance / partnership agreement",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Each ICS is expected to have a partnership agreement between the ICB and a VCSE alliance that embeds the sector in system governance and design.",
    "plainEnglish": "A formal agreement that gives voluntary and community organisations a seat at the table in local NHS decisions.",
    "aliases": [
      "VCSE alliance",
      "VCSE partnership agreement"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-VCSE"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-SHAREDOUT",
    "label": "Shared outcomes framework (place)",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Outcomes agreed by partners at place, proposed in the Integration White Paper (Feb 2022); DHSC expected places to implement from April 2023 and to evidence progress by March 2024 using a two-phase, five-step approach.",
    "plainEnglish": "The results that local partners agree to achieve together.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "shared outcomes",
      "place outcomes"
    ],
    "sources": [
      "S-IWP",
      "S-SHAREDOUT"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-HEALTHWATCH",
    "label": "Local Healthwatch",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Statutory patient and public voice body; HWB member; must be involved in the integrated care strategy.",
    "plainEnglish": "The independent local champion for people who use health and care services.",
    "aliases": [
      "Healthwatch"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-LGPIHA",
      "S-KF-HWB"
    ],
    "wordingVerified": true
  },
  {
    "id": "ICS-SVD",
    "label": "Serious Violence Duty",
    "framework": "FW-ICS",
    "kind": "governance",
    "sector": "cross",
    "definition": "Duty on specified authorities (police, fire, councils, ICBs, youth offending teams, probation) to collaborate, analyse and publish a strategy to prevent and reduce serious violence.",
    "plainEnglish": "A legal duty on local services to work together to prevent serious violence.",
    "aliases": [
      "serious violence strategy"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-SVD"
    ],
    "wordingVerified": true
  },
  {
    "id": "RBA-POP",
    "label": "Population accountability",
    "framework": "FW-RBA",
    "kind": "method",
    "sector": "cross",
    "definition": "Accountability for the wellbeing of a whole population in an area; no single agency owns it; uses population indicators.",
    "plainEnglish": "Everyone shares responsibility for how a whole community is doing.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "population indicators",
      "whole-population results"
    ],
    "sources": [
      "S-RBA"
    ],
    "wordingVerified": true
  },
  {
    "id": "RBA-PERF",
    "label": "Performance accountability",
    "framework": "FW-RBA",
    "kind": "method",
    "sector": "cross",
    "definition": "Accountability of a programme, agency or service for its own customers, using: How much did we do? How well did we do it? Is anyone better off?",
    "plainEnglish": "Each service answers for how well it helps the people it serves.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "performance measures",
      "service KPIs"
    ],
    "sources": [
      "S-RBA"
    ],
    "wordingVerified": true
  },
  {
    "id": "RBA-TTC",
    "inGlossary": true,
    "label": "Turn the curve",
    "framework": "FW-RBA",
    "kind": "method",
    "sector": "cross",
    "definition": "Structured exercise: graph baseline history and forecast; tell the story behind the baseline; identify partners; decide what works (including low/no-cost ideas); agree an action plan.",
    "plainEnglish": "A step-by-step meeting to agree how to make a trend get better than expected.",
    "aliases": [
      "turning the curve",
      "turn the curve exercise"
    ],
    "acronyms": [],
    "keywords": [],
    "sources": [
      "S-RBA"
    ],
    "wordingVerified": true
  },
  {
    "id": "RBA-RESULT",
    "label": "Result / outcome (RBA)",
    "framework": "FW-RBA",
    "kind": "method",
    "sector": "cross",
    "definition": "A plain-language condition of wellbeing for a population (e.g. 'children are ready for school').",
    "plainEnglish": "A plain description of how we want people to be, for example \"children are ready for school\".",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "result",
      "outcome"
    ],
    "sources": [
      "S-RBA"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "RBA-IND",
    "label": "Indicator (RBA)",
    "framework": "FW-RBA",
    "kind": "method",
    "sector": "cross",
    "definition": "A measure that helps quantify achievement of a population result.",
    "plainEnglish": "A number that shows whether a result is getting better.",
    "aliases": [],
    "acronyms": [],
    "keywords": [
      "indicator",
      "benchmark"
    ],
    "sources": [
      "S-RBA"
    ],
    "wordingVerified": true,
    "spotLabel": false
  },
  {
    "id": "GOV-PFC",
    "label": "Plan for Change",
    "framework": "FW-GOV2024",
    "kind": "programme",
    "sector": "cross",
    "definition": "The government's programme of five national missions with milestones (Plan for Change: Milestones for mission-led government, Dec 2024).",
    "plainEnglish": "The current government's five big national goals.",
    "aliases": [
      "mission-led government"
    ],
    "acronyms": [],
    "keywords": [
      "national missions"
    ],
    "sources": [
      "S-GOVMISSIONS"
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-M-GROWTH",
    "label": "Kickstarting economic growth",
    "framework": "FW-GOV2024",
    "kind": "national_mission",
    "sector": "cross",
    "definition": "One of the five national missions (Plan for Change heading). Earlier wording: secure the highest sustained growth in the G7.",
    "plainEnglish": "Growing the economy so people are better off.",
    "aliases": [
      "growth mission"
    ],
    "acronyms": [],
    "keywords": [
      "economic growth"
    ],
    "sources": [
      "S-GOVMISSIONS"
    ],
    "checks": [
      {
        "claim": "Has the mission an indicator in the model?",
        "result": "unverified",
        "checked": "2026-12-07",
        "sources": [],
        "finding": "No citable source for the growth milestone's measure was checked, and no indicator in the model was confirmed to measure it; none is linked."
      }
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-M-NHS",
    "label": "An NHS fit for the future",
    "framework": "FW-GOV2024",
    "kind": "national_mission",
    "sector": "cross",
    "definition": "One of the five national missions (Plan for Change heading); the health mission. It carries the commitment to halve the gap in healthy life expectancy between the richest and poorest regions in England (GOV-HLE-GAP).",
    "plainEnglish": "A health service that works for everyone, and longer healthy lives.",
    "aliases": [
      "NHS fit for the future",
      "build an NHS fit for the future"
    ],
    "acronyms": [],
    "keywords": [
      "health mission"
    ],
    "sources": [
      "S-GOVMISSIONS",
      "S-LAB-HLE"
    ],
    "checks": [
      {
        "claim": "Has the mission an indicator in the model?",
        "result": "unverified",
        "checked": "2026-12-07",
        "sources": [],
        "finding": "The NHS mission's Plan for Change milestone was not checked against a citable source, and the model holds no indicator confirmed to measure it; none is linked. The healthy life expectancy gap commitment is held separately (GOV-HLE-GAP)."
      }
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-M-STREETS",
    "label": "Safer streets",
    "framework": "FW-GOV2024",
    "kind": "national_mission",
    "sector": "cross",
    "definition": "One of the five national missions (Plan for Change heading). Earlier wording: make Britain's streets safe.",
    "plainEnglish": "Less crime and people feeling safe where they live.",
    "aliases": [
      "safer streets mission"
    ],
    "acronyms": [],
    "keywords": [
      "crime"
    ],
    "sources": [
      "S-GOVMISSIONS"
    ],
    "checks": [
      {
        "claim": "Has the mission an indicator in the model?",
        "result": "unverified",
        "checked": "2026-12-07",
        "sources": [],
        "finding": "The safer streets milestone was not checked against a citable source, and no indicator in the model was confirmed to measure it; none is linked."
      }
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-M-OPPORTUNITY",
    "label": "Break down barriers to opportunity",
    "framework": "FW-GOV2024",
    "kind": "national_mission",
    "sector": "cross",
    "definition": "One of the five national missions (Plan for Change heading).",
    "plainEnglish": "Making sure where you start in life does not decide where you end up.",
    "aliases": [
      "barriers to opportunity",
      "opportunity mission"
    ],
    "acronyms": [],
    "keywords": [
      "opportunity"
    ],
    "sources": [
      "S-GOVMISSIONS"
    ],
    "checks": [
      {
        "claim": "Has the mission a measurable milestone, and which indicator measures it?",
        "result": "confirmed",
        "checked": "2026-12-07",
        "sources": [
          "S-NW-PFC-READY",
          "S-FF-READY"
        ],
        "finding": "The Plan for Change (5 Dec 2024) milestone is 75% of five-year-olds reaching a good level of development in the Early Years Foundation Stage assessment by 2028 (67.7% in 2023/24): linked to the school-readiness indicator (IND-SCHREADY)."
      }
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-M-ENERGY",
    "label": "Make Britain a clean energy superpower",
    "framework": "FW-GOV2024",
    "kind": "national_mission",
    "sector": "cross",
    "definition": "One of the five national missions (Plan for Change heading).",
    "plainEnglish": "Cleaner, cheaper home-grown energy.",
    "aliases": [
      "clean energy superpower",
      "clean energy mission"
    ],
    "acronyms": [],
    "keywords": [
      "net zero"
    ],
    "sources": [
      "S-GOVMISSIONS"
    ],
    "checks": [
      {
        "claim": "Has the mission an indicator in the model?",
        "result": "unverified",
        "checked": "2026-12-07",
        "sources": [],
        "finding": "The clean energy milestone was not checked against a citable source, and the model holds no indicator for it; none is linked."
      }
    ],
    "wordingVerified": true
  },
  {
    "id": "GOV-10YHP-PLAN",
    "label": "10 Year Health Plan",
    "framework": "FW-10YHP",
    "kind": "programme",
    "sector": "nhs",
    "definition": "10 Year Health Plan for England: fit for the future (DHSC, 3 Jul 2025). Sets three shifts: hospital to community, analogue to digital, sickness to prevention.",
    "plainEnglish": "The government's long-term plan for the NHS.",
    "aliases": [
      "10 Year Health Plan for England",
      "ten year health plan"
    ],
    "acronyms": [
      "10YHP"
    ],
    "keywords": [],
    "sources": [
      "S-10YHP"
    ],
    "wordingVerified": true
  }
];
