import type { LinkInput } from "../schema.ts";

/**
 * Links converted from reference outcomes-model.json v0.2-verified (ids unchanged). Indicator links always have the
 * indicator on the `to` side; `measured_by_reverse` became `measured_by`.
 */
export const CORE_LINKS: LinkInput[] = [
  {
    "id": "L001",
    "from": "LU-M1",
    "to": "LU-OBJ1",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": true
  },
  {
    "id": "L002",
    "from": "LU-M2",
    "to": "LU-OBJ1",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L003",
    "from": "LU-M3",
    "to": "LU-OBJ1",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": true
  },
  {
    "id": "L004",
    "from": "LU-M4",
    "to": "LU-OBJ1",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": true
  },
  {
    "id": "L005",
    "from": "LU-M5",
    "to": "LU-OBJ2",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L006",
    "from": "LU-M6",
    "to": "LU-OBJ2",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L007",
    "from": "LU-M7",
    "to": "LU-OBJ2",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": true
  },
  {
    "id": "L008",
    "from": "LU-M8",
    "to": "LU-OBJ2",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L009",
    "from": "LU-M9",
    "to": "LU-OBJ3",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L010",
    "from": "LU-M10",
    "to": "LU-OBJ3",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": true
  },
  {
    "id": "L011",
    "from": "LU-M11",
    "to": "LU-OBJ3",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L012",
    "from": "LU-M12",
    "to": "LU-OBJ4",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUWP"
    ],
    "rationale": "Mission grouped under this White Paper objective.",
    "verified": false,
    "note": "Grouping attributed to the White Paper (S-LUWP) but not re-checked in v2."
  },
  {
    "id": "L013",
    "from": "C20-A-MAT",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L014",
    "from": "C20-A-SMI",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L015",
    "from": "C20-A-RESP",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L016",
    "from": "C20-A-CANCER",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L017",
    "from": "C20-A-HTN",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L018",
    "from": "C20-SMOKING",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Core20PLUS5 (adults) clinical area: the approach focuses action in this area on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L019",
    "from": "C20-INCL",
    "to": "C20-PLUS",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "Component of Core20PLUS5 (adults).",
    "verified": true
  },
  {
    "id": "L020",
    "from": "C20-C-ASTHMA",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "Core20PLUS5 (CYP) clinical area, which reuses the Core20 definition: action focuses on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L021",
    "from": "C20-C-DIAB",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "Core20PLUS5 (CYP) clinical area, which reuses the Core20 definition: action focuses on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L022",
    "from": "C20-C-EPI",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "Core20PLUS5 (CYP) clinical area, which reuses the Core20 definition: action focuses on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L023",
    "from": "C20-C-ORAL",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "Core20PLUS5 (CYP) clinical area, which reuses the Core20 definition: action focuses on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L024",
    "from": "C20-C-MH",
    "to": "C20-CORE20",
    "kind": "population_focus",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "Core20PLUS5 (CYP) clinical area, which reuses the Core20 definition: action focuses on the Core20 population (and PLUS groups).",
    "verified": true
  },
  {
    "id": "L025",
    "from": "C20-CYP-PLUS",
    "to": "C20-PLUS",
    "kind": "variant_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-CYP"
    ],
    "rationale": "The CYP PLUS considerations are the children and young people version of the adult PLUS groups, with young carers, looked-after children and care leavers, and young people in contact with the justice system named for specific consideration.",
    "verified": true
  },
  {
    "id": "L026",
    "from": "LU-M1",
    "to": "LUI-GVA",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L027",
    "from": "LU-M1",
    "to": "LUI-PAY",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L028",
    "from": "LU-M1",
    "to": "LUI-EMP",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L029",
    "from": "LU-M3",
    "to": "LUI-TRAVEL",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PQ-TRANSPORT",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L030",
    "from": "LU-M3",
    "to": "LUI-COMMUTE",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PQ-TRANSPORT"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L031",
    "from": "LU-M5",
    "to": "LUI-KS2",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L032",
    "from": "LU-M6",
    "to": "LUI-SKILLS",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L033",
    "from": "LU-M7",
    "to": "IND-HLE",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L034",
    "from": "LU-M8",
    "to": "LUI-ONS4",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": true
  },
  {
    "id": "L035",
    "from": "LU-M9",
    "to": "LUI-PRIDE",
    "kind": "headline_metric",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-BENNETT",
      "S-WMS2024"
    ],
    "rationale": "Listed as the mission's headline or analysis metric.",
    "verified": false,
    "note": "The 25 Jan 2024 statement defined pride-in-place metrics via the Community Life Survey (S-BENNETT, S-WMS2024); the exact headline measure was not seen."
  },
  {
    "id": "L036",
    "from": "LU-M7",
    "to": "IND-SMOKING",
    "kind": "supporting_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "White Paper technical-annex supporting metric for the health mission (as summarised by RSN).",
    "verified": true
  },
  {
    "id": "L037",
    "from": "LU-M7",
    "to": "IND-OBESE-Y6",
    "kind": "supporting_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "White Paper technical-annex supporting metric for the health mission (as summarised by RSN).",
    "verified": true
  },
  {
    "id": "L038",
    "from": "LU-M7",
    "to": "IND-OVERWT",
    "kind": "supporting_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "White Paper technical-annex supporting metric for the health mission (as summarised by RSN).",
    "verified": true
  },
  {
    "id": "L039",
    "from": "LU-M7",
    "to": "IND-U75CVD-PREV",
    "kind": "supporting_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "White Paper technical-annex supporting metric for the health mission (RSN; ONS LUDA gives Fingertips 93722, the 2019 definition).",
    "verified": true
  },
  {
    "id": "L040",
    "from": "LU-M5",
    "to": "IND-SCHREADY",
    "kind": "supporting_metric",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Early learning goals and persistent absence appear among the education mission metrics analysed by RSN (early learning goals measure is close to, not identical with, PHOF school readiness).",
    "verified": true
  },
  {
    "id": "L041",
    "from": "LU-M5",
    "to": "IND-ABSENCE",
    "kind": "supporting_metric",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Early learning goals and persistent absence appear among the education mission metrics analysed by RSN (early learning goals measure is close to, not identical with, PHOF school readiness).",
    "verified": true
  },
  {
    "id": "L042",
    "from": "PHOF-HLO2",
    "to": "IND-SII-LE",
    "kind": "measured_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PHOF",
      "S-FTR"
    ],
    "rationale": "PHOF overarching indicator for this high-level outcome.",
    "verified": true
  },
  {
    "id": "L043",
    "from": "PHOF-HLO2",
    "to": "IND-SII-HLE-ENG",
    "kind": "measured_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PHOF",
      "S-FTR"
    ],
    "rationale": "PHOF overarching indicator for this high-level outcome.",
    "verified": true
  },
  {
    "id": "L044",
    "from": "PHOF-HLO2",
    "to": "IND-SII-HLE-LA",
    "kind": "measured_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PHOF",
      "S-FTR"
    ],
    "rationale": "PHOF overarching indicator for this high-level outcome.",
    "verified": true
  },
  {
    "id": "L045",
    "from": "PHOF-HLO1",
    "to": "IND-HLE",
    "kind": "measured_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PHOF",
      "S-FTR"
    ],
    "rationale": "PHOF overarching indicator for this high-level outcome.",
    "verified": true
  },
  {
    "id": "L046",
    "from": "PHOF-HLO1",
    "to": "IND-HLE65",
    "kind": "measured_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PHOF",
      "S-FTR"
    ],
    "rationale": "PHOF overarching indicator for this high-level outcome.",
    "verified": true
  },
  {
    "id": "L047",
    "from": "LU-M8",
    "to": "IND-WB-LOWSAT",
    "kind": "same_data_source",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-RSCRIPTS"
    ],
    "rationale": "Mission 8 uses the ONS APS personal wellbeing questions; PHOF C28a-d reports the same four questions as thresholds (low/high), so they move together but are not identical statistics.",
    "verified": true
  },
  {
    "id": "L048",
    "from": "LU-M8",
    "to": "IND-WB-LOWWORTH",
    "kind": "same_data_source",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-RSCRIPTS"
    ],
    "rationale": "Mission 8 uses the ONS APS personal wellbeing questions; PHOF C28a-d reports the same four questions as thresholds (low/high), so they move together but are not identical statistics.",
    "verified": true
  },
  {
    "id": "L049",
    "from": "LU-M8",
    "to": "IND-WB-LOWHAPPY",
    "kind": "same_data_source",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-RSCRIPTS"
    ],
    "rationale": "Mission 8 uses the ONS APS personal wellbeing questions; PHOF C28a-d reports the same four questions as thresholds (low/high), so they move together but are not identical statistics.",
    "verified": true
  },
  {
    "id": "L050",
    "from": "LU-M8",
    "to": "IND-WB-HIGHANX",
    "kind": "same_data_source",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-RSCRIPTS"
    ],
    "rationale": "Mission 8 uses the ONS APS personal wellbeing questions; PHOF C28a-d reports the same four questions as thresholds (low/high), so they move together but are not identical statistics.",
    "verified": true
  },
  {
    "id": "L051",
    "from": "LU-M1",
    "to": "IND-EMP",
    "kind": "same_concept",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-RSCRIPTS"
    ],
    "rationale": "PHOF 'percentage of people in employment' and the mission's employment-rate metric are both APS-based employment rates for 16-64s.",
    "verified": true
  },
  {
    "id": "L052",
    "from": "LU-M1",
    "to": "MAR-3",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Pay and employment are the core of Marmot's 'fair employment and good work'.",
    "verified": true
  },
  {
    "id": "L053",
    "from": "LU-M1",
    "to": "MAR-4",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Higher pay and employment raise household income, the core of a 'healthy standard of living'.",
    "verified": true
  },
  {
    "id": "L054",
    "from": "LU-M1",
    "to": "LU-M7",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-HF-5TESTS",
      "S-HF-LU"
    ],
    "rationale": "Ill health limits economic participation: in the lowest-HLE areas more than a third of 25-64 year-olds are economically inactive through long-term sickness or disability.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L055",
    "from": "LU-M1",
    "to": "IND-EMPGAP-LTC",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Work-and-health gap shows whether employment growth reaches people with long-term conditions.",
    "verified": true
  },
  {
    "id": "L056",
    "from": "LU-M1",
    "to": "IND-CLIF-ABS",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Child poverty is the household-level consequence of low pay/worklessness.",
    "verified": true
  },
  {
    "id": "L057",
    "from": "LU-M1",
    "to": "C20-CORE20",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-C20-ADULT"
    ],
    "rationale": "IMD income and employment domains drive who is in Core20; raising pay/employment in deprived LSOAs shifts the Core20 population's risk.",
    "verified": true
  },
  {
    "id": "L058",
    "from": "LU-M2",
    "to": "SO-14",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "R&D is an economic mission; the health link runs through NHS/university research and life-sciences jobs.",
    "verified": true
  },
  {
    "id": "L059",
    "from": "LU-M2",
    "to": "C20-PLUS",
    "kind": "crosswalk",
    "strength": "weak",
    "sourced": false,
    "sources": [],
    "rationale": "Regional research investment can widen research participation among underserved groups; indirect.",
    "verified": true
  },
  {
    "id": "L060",
    "from": "LU-M3",
    "to": "MAR-5",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Transport shapes healthy places: access to work, services and social contact.",
    "verified": true
  },
  {
    "id": "L061",
    "from": "LU-M3",
    "to": "MAR-8",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Modal shift to public transport supports net zero and cleaner air (the White Paper frames the mission partly in net-zero terms).",
    "verified": true
  },
  {
    "id": "L062",
    "from": "LU-M3",
    "to": "IND-AIRPM",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Less car dependency should reduce particulate pollution and attributable mortality.",
    "verified": true
  },
  {
    "id": "L063",
    "from": "LU-M3",
    "to": "IND-ACTIVE",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Public transport journeys usually include walking or cycling.",
    "verified": true
  },
  {
    "id": "L064",
    "from": "LU-M3",
    "to": "NHS-P1",
    "kind": "crosswalk",
    "strength": "weak",
    "sourced": false,
    "sources": [],
    "rationale": "Poor public transport is a barrier to attending appointments for people without cars, often in Core20 areas.",
    "verified": true
  },
  {
    "id": "L065",
    "from": "LU-M4",
    "to": "NHS-P2",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Digital connectivity is a precondition for digital inclusion, but coverage alone does not address skills, devices or affordability.",
    "verified": true
  },
  {
    "id": "L066",
    "from": "LU-M4",
    "to": "GOV-10YHP-A2D",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-10YHP"
    ],
    "rationale": "The analogue-to-digital shift assumes residents can get online.",
    "verified": true
  },
  {
    "id": "L067",
    "from": "LU-M5",
    "to": "MAR-1",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Primary attainment builds on the early years; school readiness is the Marmot early-years measure.",
    "verified": true
  },
  {
    "id": "L068",
    "from": "LU-M5",
    "to": "MAR-2",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Literacy and numeracy are foundational capabilities.",
    "verified": true
  },
  {
    "id": "L069",
    "from": "LU-M5",
    "to": "IND-SCHREADY",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Early learning goals are listed among the education mission's analysis metrics.",
    "verified": true
  },
  {
    "id": "L070",
    "from": "LU-M5",
    "to": "C20-C-ASTHMA",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Uncontrolled asthma, epilepsy, dental pain and poor mental health all drive school absence, which the mission's metrics track.",
    "verified": true
  },
  {
    "id": "L071",
    "from": "LU-M5",
    "to": "C20-C-MH",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Children's mental health affects attendance and attainment.",
    "verified": true
  },
  {
    "id": "L072",
    "from": "LU-M5",
    "to": "C20-C-ORAL",
    "kind": "crosswalk",
    "strength": "weak",
    "sourced": false,
    "sources": [],
    "rationale": "Tooth decay causes pain and missed school days.",
    "verified": true
  },
  {
    "id": "L073",
    "from": "LU-M6",
    "to": "MAR-2",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Adult skills are Marmot's 'maximise capabilities and control over lives'.",
    "verified": true
  },
  {
    "id": "L074",
    "from": "LU-M6",
    "to": "MAR-3",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Skills are the route into good work.",
    "verified": true
  },
  {
    "id": "L075",
    "from": "LU-M6",
    "to": "IND-NEET1617",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "NEET at 16-17 is the early warning for low adult skills.",
    "verified": true
  },
  {
    "id": "L076",
    "from": "LU-M6",
    "to": "IND-EMPGAP-LTC",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Skills and reasonable adjustments help people with long-term conditions into work.",
    "verified": true
  },
  {
    "id": "L077",
    "from": "LU-M7",
    "to": "PHOF-HLO1",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-PHOF"
    ],
    "rationale": "The mission's headline metric is healthy life expectancy at birth, the PHOF's first high-level outcome.",
    "verified": true
  },
  {
    "id": "L078",
    "from": "LU-M7",
    "to": "PHOF-HLO2",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-PHOF"
    ],
    "rationale": "The mission aims to narrow the HLE gap between areas; PHOF's second high-level outcome is reducing differences in LE and HLE between communities (PHOF measures deprivation gradients within areas; the mission measures gaps between areas).",
    "verified": true,
    "note": "Geography differs: the mission compares areas; PHOF inequality indicators use slope indices across deprivation deciles within or across areas."
  },
  {
    "id": "L079",
    "from": "LU-M7",
    "to": "GOV-HLE-GAP",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-LAB-HLE"
    ],
    "rationale": "Both target a healthy-life-expectancy gap between places (Mission 7: local areas; 2024 commitment: regions of England) - reasoned link.",
    "verified": true
  },
  {
    "id": "L080",
    "from": "LU-M7",
    "to": "C20-SMOKING",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-PT-LUWP",
      "S-RSN",
      "S-SNEE"
    ],
    "rationale": "Smoking is named as a driver of the HLE gap and smoking prevalence is a mission supporting metric.",
    "verified": true,
    "note": "Sourced parts: smoking is named as a driver of the HLE gap (White Paper, via Personnel Today) and adult smoking prevalence is a mission supporting metric (RSN). The link to Core20PLUS5's smoking thread is a proposal."
  },
  {
    "id": "L081",
    "from": "LU-M7",
    "to": "C20-A-HTN",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-RSN"
    ],
    "rationale": "Hypertension control reduces premature CVD deaths, and U75 preventable CVD mortality is a mission supporting metric.",
    "verified": true
  },
  {
    "id": "L082",
    "from": "LU-M7",
    "to": "C20-A-CANCER",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-TROWERS"
    ],
    "rationale": "Early diagnosis reduces premature mortality; the White Paper health mission includes tackling diagnostic backlogs (community diagnostic centres).",
    "verified": true
  },
  {
    "id": "L083",
    "from": "LU-M7",
    "to": "C20-A-RESP",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "COPD is concentrated in deprived areas and drives years lived in poor health.",
    "verified": true
  },
  {
    "id": "L084",
    "from": "LU-M7",
    "to": "C20-A-SMI",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "People with SMI die much earlier, largely from preventable physical illness.",
    "verified": true
  },
  {
    "id": "L085",
    "from": "LU-M7",
    "to": "C20-A-MAT",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Maternal and infant outcomes set the start of the life course.",
    "verified": true
  },
  {
    "id": "L086",
    "from": "LU-M7",
    "to": "NHS-P4",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Accelerating prevention for those at greatest risk is the NHS lever on HLE.",
    "verified": true
  },
  {
    "id": "L087",
    "from": "LU-M7",
    "to": "MAR-6",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Ill-health prevention principle.",
    "verified": true
  },
  {
    "id": "L088",
    "from": "LU-M7",
    "to": "CONCEPT-WDH",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PT-LUWP"
    ],
    "rationale": "The White Paper says the HLE gap is driven by smoking, alcohol and diet and heavily affected by housing quality, access to healthier food and access to/quality of health services.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L089",
    "from": "LU-M8",
    "to": "IND-SUICIDE",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Low wellbeing is linked to self-harm and suicide risk.",
    "verified": true
  },
  {
    "id": "L090",
    "from": "LU-M8",
    "to": "IND-LONELY",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Loneliness is a strong correlate of low life satisfaction.",
    "verified": true
  },
  {
    "id": "L091",
    "from": "LU-M8",
    "to": "C20-A-SMI",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Severe mental illness is the NHS's clinical mental-health focus; population wellbeing is broader.",
    "verified": true
  },
  {
    "id": "L092",
    "from": "LU-M8",
    "to": "C20-C-MH",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "CYP mental-health access is the CYP counterpart.",
    "verified": true
  },
  {
    "id": "L093",
    "from": "LU-M8",
    "to": "MAR-2",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Control over one's life is central to Marmot's account of wellbeing.",
    "verified": true
  },
  {
    "id": "L094",
    "from": "LU-M9",
    "to": "MAR-5",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Pride, belonging and community engagement are features of 'healthy and sustainable places and communities'.",
    "verified": true
  },
  {
    "id": "L095",
    "from": "LU-M9",
    "to": "IND-LONELY",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Engagement in community life is the opposite of loneliness.",
    "verified": true
  },
  {
    "id": "L096",
    "from": "LU-M9",
    "to": "IND-SOCISOL",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Social contact among care users measures connection for the most isolated.",
    "verified": true
  },
  {
    "id": "L097",
    "from": "LU-M9",
    "to": "IND-OUTDOOR",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Quality public realm and green space support both pride and physical activity.",
    "verified": true
  },
  {
    "id": "L098",
    "from": "LU-M9",
    "to": "ICS-VCSE",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "VCSE and community groups are the main vehicles for local culture and community engagement.",
    "verified": true
  },
  {
    "id": "L099",
    "from": "LU-M9",
    "to": "LU-CAP-SOCIAL",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-RSN",
      "S-GOREWELLS"
    ],
    "rationale": "Pride, belonging and community engagement map onto the White Paper's social capital (model assignment; grouping not verified in the White Paper text).",
    "verified": true
  },
  {
    "id": "L100",
    "from": "LU-M10",
    "to": "MAR-4",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Decent, affordable housing is part of a healthy standard of living.",
    "verified": true
  },
  {
    "id": "L101",
    "from": "LU-M10",
    "to": "MAR-5",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Housing quality is a core place determinant of health.",
    "verified": true
  },
  {
    "id": "L102",
    "from": "LU-M10",
    "to": "LU-M7",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-PT-LUWP"
    ],
    "rationale": "The White Paper says healthy life expectancy is heavily affected by quality of housing.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L103",
    "from": "LU-M10",
    "to": "IND-FUELPOV",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Non-decent homes are often cold and energy-inefficient; fuel poverty tracks the same households.",
    "verified": true
  },
  {
    "id": "L104",
    "from": "LU-M10",
    "to": "IND-HOMELESS",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Secure tenure and housing supply affect homelessness.",
    "verified": true
  },
  {
    "id": "L105",
    "from": "LU-M10",
    "to": "IND-OVERCROWD",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Overcrowding is a housing-quality dimension linked to infection and mental health.",
    "verified": true
  },
  {
    "id": "L106",
    "from": "LU-M10",
    "to": "C20-A-RESP",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Cold, damp homes worsen COPD exacerbations.",
    "verified": true
  },
  {
    "id": "L107",
    "from": "LU-M10",
    "to": "C20-C-ASTHMA",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Damp and mould trigger childhood asthma.",
    "verified": true
  },
  {
    "id": "L108",
    "from": "LU-M10",
    "to": "C20-INCL",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-C20-RCP"
    ],
    "rationale": "The housing mission is about renters and decent homes rather than homelessness, but housing supply and security affect homelessness; people experiencing homelessness are a named PLUS group.",
    "verified": true,
    "note": "Sourced part: this group is a named inclusion health (PLUS) group. The link to the mission is a proposal."
  },
  {
    "id": "L109",
    "from": "LU-M11",
    "to": "IND-VIOL-ADM",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Hospital admissions for violence are a health-service measure of serious violence.",
    "verified": true
  },
  {
    "id": "L110",
    "from": "LU-M11",
    "to": "IND-VIOL-OFF",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Police-recorded violence offences are the PHOF counterpart to the mission's serious-violence aim.",
    "verified": true
  },
  {
    "id": "L111",
    "from": "LU-M11",
    "to": "ICS-SVD",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-SVD"
    ],
    "rationale": "ICBs are specified authorities under the Serious Violence Duty, so NHS partners share the crime mission's aim in law.",
    "verified": true,
    "note": "Sourced part: ICBs are specified authorities under the Serious Violence Duty. The link to Mission 11 is a proposal based on the shared subject (serious violence)."
  },
  {
    "id": "L112",
    "from": "LU-M11",
    "to": "MAR-5",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Safety is a feature of healthy places.",
    "verified": true
  },
  {
    "id": "L113",
    "from": "LU-M11",
    "to": "C20-INCL",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-C20-RCP"
    ],
    "rationale": "People in contact with the justice system are a named inclusion health group.",
    "verified": true,
    "note": "Sourced part: this group is a named inclusion health (PLUS) group. The link to the mission is a proposal."
  },
  {
    "id": "L114",
    "from": "LU-M11",
    "to": "IND-DOMABUSE",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Domestic abuse is a major share of violence with large health impacts.",
    "verified": true
  },
  {
    "id": "L115",
    "from": "LU-M12",
    "to": "NHS-P5",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Both are about leadership and accountability: devolution gives local leaders powers; NHS priority 5 requires named leadership for inequalities.",
    "verified": true
  },
  {
    "id": "L116",
    "from": "LU-M12",
    "to": "MAR-PLACE",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-GM2021"
    ],
    "rationale": "IHE's Greater Manchester review recommends building back fairer through greater devolution and local power and control.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L117",
    "from": "LU-M12",
    "to": "ICS-SHAREDOUT",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-IWP"
    ],
    "rationale": "The Integration White Paper, co-signed by the Levelling Up Secretary, ties place-level shared outcomes and single accountability to levelling up.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L118",
    "from": "LU-M12",
    "to": "NHS-P3",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [
      "S-LUWP",
      "S-HIQIP"
    ],
    "rationale": "The White Paper's data-and-evaluation pillar and NHS priority 3 (complete, timely datasets) both make local outcome data a precondition of accountability.",
    "verified": true
  },
  {
    "id": "L119",
    "from": "C20-CORE20",
    "to": "PHOF-HLO2",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-C20-ADULT",
      "S-PHOF"
    ],
    "rationale": "Core20 targets the bottom IMD quintile; PHOF inequality indicators measure the same deprivation gradient.",
    "verified": true
  },
  {
    "id": "L120",
    "from": "MAR-1",
    "to": "IND-SCHREADY",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-EQUALLY"
    ],
    "rationale": "School readiness at age five is used as a Marmot early-years progress measure (Coventry cites it among its Marmot City improvements).",
    "verified": true
  },
  {
    "id": "L121",
    "from": "FW-MARMOT",
    "to": "FW-PHOF",
    "kind": "influenced",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-COVENTRY"
    ],
    "rationale": "The 2010 Marmot Review heavily influenced the 2010 Public Health White Paper and the PHOF.",
    "verified": false,
    "note": "Source claim carried over from v0.1 and not re-checked in v2 (verify-log section 4)."
  },
  {
    "id": "L122",
    "from": "C20-CORE20",
    "to": "SO-10",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-SNEE"
    ],
    "rationale": "NHSE frames Core20PLUS5 as the NHS contribution to a wider system effort with councils, communities and VCSE.",
    "verified": true
  },
  {
    "id": "L123",
    "from": "LU-CAP-HUMAN",
    "to": "LU-M7",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-RSN"
    ],
    "rationale": "The White Paper describes good health as a key element of human capital.",
    "verified": true
  },
  {
    "id": "L124",
    "from": "MAR-7",
    "to": "C20-PLUS",
    "kind": "crosswalk",
    "strength": "strong",
    "sourced": false,
    "sources": [
      "S-C20-RCP"
    ],
    "rationale": "Ethnic minority communities are a core PLUS group; the maternity focus targets Black, Asian and minority ethnic women.",
    "verified": true
  },
  {
    "id": "L125",
    "from": "MAR-7",
    "to": "NHS-P3",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Complete ethnicity recording is needed to see and tackle discrimination in outcomes.",
    "verified": true
  },
  {
    "id": "L126",
    "from": "LU-M1",
    "to": "SO-01",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L127",
    "from": "LU-OBJ1",
    "to": "SO-01",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L128",
    "from": "MAR-3",
    "to": "SO-01",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L129",
    "from": "MAR-4",
    "to": "SO-01",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L130",
    "from": "LU-CAP-FINANCIAL",
    "to": "SO-01",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L131",
    "from": "LU-M5",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L132",
    "from": "MAR-1",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L133",
    "from": "C20-C-ASTHMA",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L134",
    "from": "C20-C-DIAB",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L135",
    "from": "C20-C-EPI",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L136",
    "from": "C20-C-ORAL",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L137",
    "from": "C20-C-MH",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L138",
    "from": "C20-A-MAT",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L139",
    "from": "C20-CYP-PLUS",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L140",
    "from": "LU-M6",
    "to": "SO-03",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L141",
    "from": "MAR-2",
    "to": "SO-03",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L142",
    "from": "LU-CAP-HUMAN",
    "to": "SO-03",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L143",
    "from": "LU-M7",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L144",
    "from": "PHOF-HLO1",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L145",
    "from": "PHOF-HLO2",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L146",
    "from": "GOV-HLE-GAP",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L147",
    "from": "MAR-6",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L148",
    "from": "C20-A-HTN",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L149",
    "from": "C20-A-CANCER",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L150",
    "from": "C20-A-RESP",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L151",
    "from": "C20-SMOKING",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L152",
    "from": "NHS-P4",
    "to": "SO-04",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L153",
    "from": "GOV-10YHP-S2P",
    "to": "SO-04",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L154",
    "from": "LU-M8",
    "to": "SO-05",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L155",
    "from": "C20-A-SMI",
    "to": "SO-05",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L156",
    "from": "C20-C-MH",
    "to": "SO-05",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L157",
    "from": "MAR-2",
    "to": "SO-05",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L158",
    "from": "LU-M10",
    "to": "SO-06",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L159",
    "from": "MAR-4",
    "to": "SO-06",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L160",
    "from": "MAR-5",
    "to": "SO-06",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L161",
    "from": "LU-CAP-PHYSICAL",
    "to": "SO-06",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L162",
    "from": "C20-INCL",
    "to": "SO-06",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L163",
    "from": "LU-M11",
    "to": "SO-07",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L164",
    "from": "ICS-SVD",
    "to": "SO-07",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L165",
    "from": "MAR-5",
    "to": "SO-07",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L166",
    "from": "LU-M3",
    "to": "SO-08",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L167",
    "from": "MAR-5",
    "to": "SO-08",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L168",
    "from": "MAR-8",
    "to": "SO-08",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L169",
    "from": "LU-CAP-PHYSICAL",
    "to": "SO-08",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L170",
    "from": "LU-M9",
    "to": "SO-09",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L171",
    "from": "LU-OBJ3",
    "to": "SO-09",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L172",
    "from": "LU-CAP-SOCIAL",
    "to": "SO-09",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L173",
    "from": "ICS-VCSE",
    "to": "SO-09",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L174",
    "from": "LU-M12",
    "to": "SO-09",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L175",
    "from": "C20-CORE20",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L176",
    "from": "C20-PLUS",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L177",
    "from": "NHS-P1",
    "to": "SO-10",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L178",
    "from": "NHS-P4",
    "to": "SO-10",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L179",
    "from": "C20-A-SMI",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L180",
    "from": "C20-A-CANCER",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L181",
    "from": "C20-A-HTN",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L182",
    "from": "GOV-10YHP-H2C",
    "to": "SO-10",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L183",
    "from": "LU-M4",
    "to": "SO-11",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L184",
    "from": "NHS-P2",
    "to": "SO-11",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L185",
    "from": "GOV-10YHP-A2D",
    "to": "SO-11",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L186",
    "from": "LU-M12",
    "to": "SO-12",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L187",
    "from": "LU-OBJ4",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L188",
    "from": "LU-CAP-INSTITUTIONAL",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L189",
    "from": "NHS-P3",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L190",
    "from": "NHS-P5",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L191",
    "from": "NHS-STMT",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L192",
    "from": "ICS-SHAREDOUT",
    "to": "SO-12",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L193",
    "from": "MAR-PLACE",
    "to": "SO-12",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L194",
    "from": "MAR-7",
    "to": "SO-13",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L195",
    "from": "C20-PLUS",
    "to": "SO-13",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L196",
    "from": "C20-A-MAT",
    "to": "SO-13",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L197",
    "from": "NHS-P3",
    "to": "SO-13",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L198",
    "from": "LU-M2",
    "to": "SO-14",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L199",
    "from": "LU-CAP-INTANGIBLE",
    "to": "SO-14",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L200",
    "from": "MAR-8",
    "to": "SO-14",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L201",
    "from": "LU-M1",
    "to": "SO-14",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L202",
    "from": "SO-01",
    "to": "LUI-EMP",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L203",
    "from": "SO-01",
    "to": "IND-EMP",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L204",
    "from": "SO-01",
    "to": "LUI-PAY",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L205",
    "from": "SO-01",
    "to": "IND-EARN",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L206",
    "from": "SO-01",
    "to": "IND-CLIF-ABS",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L207",
    "from": "SO-01",
    "to": "IND-EMPGAP-LTC",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L208",
    "from": "SO-01",
    "to": "IND-PROBDEBT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L209",
    "from": "SO-01",
    "to": "LUI-GVA",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L210",
    "from": "SO-02",
    "to": "IND-SCHREADY",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L211",
    "from": "SO-02",
    "to": "IND-SCHREADY-FSM",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L212",
    "from": "SO-02",
    "to": "LUI-KS2",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L213",
    "from": "SO-02",
    "to": "IND-LBW",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L214",
    "from": "SO-02",
    "to": "IND-INFMORT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L215",
    "from": "SO-02",
    "to": "IND-OBESE-R",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L216",
    "from": "SO-02",
    "to": "IND-DECAY5",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L217",
    "from": "SO-02",
    "to": "NHSI-CYP-EXTRACT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L218",
    "from": "SO-02",
    "to": "NHSI-CYP-ASTHMA",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L219",
    "from": "SO-02",
    "to": "IND-ABSENCE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L220",
    "from": "SO-03",
    "to": "LUI-SKILLS",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L221",
    "from": "SO-03",
    "to": "IND-NEET1617",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L222",
    "from": "SO-04",
    "to": "IND-HLE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L223",
    "from": "SO-04",
    "to": "IND-LE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L224",
    "from": "SO-04",
    "to": "IND-SII-LE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L225",
    "from": "SO-04",
    "to": "IND-SII-HLE-LA",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L226",
    "from": "SO-04",
    "to": "IND-SII-HLE-ENG",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L227",
    "from": "SO-04",
    "to": "IND-SMOKING",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L228",
    "from": "SO-04",
    "to": "IND-OVERWT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L229",
    "from": "SO-04",
    "to": "IND-OBESE-Y6",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L230",
    "from": "SO-04",
    "to": "IND-U75CVD-PREV",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L231",
    "from": "SO-04",
    "to": "IND-U75CANCER",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L232",
    "from": "SO-04",
    "to": "IND-U75PREV",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L233",
    "from": "SO-04",
    "to": "IND-INACTIVE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L234",
    "from": "SO-05",
    "to": "LUI-ONS4",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L235",
    "from": "SO-05",
    "to": "IND-WB-LOWSAT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L236",
    "from": "SO-05",
    "to": "IND-WB-HIGHANX",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L237",
    "from": "SO-05",
    "to": "IND-SELFHARM",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L238",
    "from": "SO-05",
    "to": "IND-SUICIDE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L239",
    "from": "SO-05",
    "to": "IND-LONELY",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L240",
    "from": "SO-05",
    "to": "NHSI-SMICHK",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L241",
    "from": "SO-05",
    "to": "NHSI-CYPMH-ACCESS",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L242",
    "from": "SO-06",
    "to": "LUI-NONDECENT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L243",
    "from": "SO-06",
    "to": "IND-FUELPOV",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L244",
    "from": "SO-06",
    "to": "IND-HOMELESS",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L245",
    "from": "SO-06",
    "to": "IND-OVERCROWD",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L246",
    "from": "SO-06",
    "to": "IND-AFFORD",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L247",
    "from": "SO-06",
    "to": "LUI-FTB",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L248",
    "from": "SO-07",
    "to": "LUI-HOMICIDE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L249",
    "from": "SO-07",
    "to": "IND-VIOL-ADM",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L250",
    "from": "SO-07",
    "to": "IND-VIOL-OFF",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L251",
    "from": "SO-07",
    "to": "IND-DOMABUSE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L252",
    "from": "SO-08",
    "to": "LUI-TRAVEL",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L253",
    "from": "SO-08",
    "to": "IND-AIRPM",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L254",
    "from": "SO-08",
    "to": "IND-PM25",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L255",
    "from": "SO-08",
    "to": "IND-ACTIVE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L256",
    "from": "SO-08",
    "to": "IND-OUTDOOR",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L257",
    "from": "SO-09",
    "to": "LUI-PRIDE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L258",
    "from": "SO-09",
    "to": "IND-LONELY",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L259",
    "from": "SO-09",
    "to": "IND-SOCISOL",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L260",
    "from": "SO-09",
    "to": "IND-OUTDOOR",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L261",
    "from": "SO-10",
    "to": "NHSI-SMICHK",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L262",
    "from": "SO-10",
    "to": "NHSI-STAGE12",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L263",
    "from": "SO-10",
    "to": "NHSI-HTN-TT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L264",
    "from": "SO-10",
    "to": "NHSI-COPDVAX",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L265",
    "from": "SO-10",
    "to": "NHSI-MCOC",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L266",
    "from": "SO-10",
    "to": "NHSI-WL-IMD",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L267",
    "from": "SO-10",
    "to": "NHSI-CYP-RTCGM",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L268",
    "from": "SO-10",
    "to": "NHSI-CYP-EPINURSE",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L269",
    "from": "SO-11",
    "to": "LUI-GIGABIT",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L270",
    "from": "SO-12",
    "to": "LUI-DEVO",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L271",
    "from": "SO-12",
    "to": "NHSI-ETHN-COMP",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L272",
    "from": "SO-13",
    "to": "NHSI-MCOC",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L273",
    "from": "SO-13",
    "to": "NHSI-ETHN-COMP",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L274",
    "from": "SO-14",
    "to": "LUI-RD",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L275",
    "from": "SO-14",
    "to": "LUI-GVA",
    "kind": "measured_by",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Indicator proposed to measure this shared outcome.",
    "verified": true
  },
  {
    "id": "L276",
    "from": "LU-M10",
    "to": "LUI-NETADD",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "rationale": "RSN's Mission 10 analysis and ONS's LUDA dashboard use net additions to the housing stock as the Mission 10 metric.",
    "verified": true
  },
  {
    "id": "L277",
    "from": "LU-M4",
    "to": "LUI-GIGABIT",
    "kind": "indicator_for",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-ONS-LUDA"
    ],
    "rationale": "ONS lists gigabit-capable broadband and 4G coverage as the Mission 4 technical-annex metrics (headline vs supporting not confirmed).",
    "verified": true
  },
  {
    "id": "L278",
    "from": "LU-M12",
    "to": "LUI-DEVO",
    "kind": "indicator_for",
    "strength": "moderate",
    "sourced": true,
    "sources": [
      "S-DLUHC-DEVO60"
    ],
    "rationale": "DLUHC reports devolution-deal population coverage as progress on the White Paper's devolution commitment (Mission 12).",
    "verified": true
  },
  {
    "id": "L279",
    "from": "C20-CORE20",
    "to": "CONCEPT-IMD",
    "kind": "defined_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-C20-ADULT",
      "S-C20-RCP"
    ],
    "rationale": "Core20 is the most deprived 20% of the national population as identified by the national Index of Multiple Deprivation (bottom IMD quintile).",
    "verified": true
  },
  {
    "id": "L280",
    "from": "GOV-HLE-GAP",
    "to": "GOV-M-NHS",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LAB-HLE",
      "S-GOVMISSIONS"
    ],
    "rationale": "The HLE-gap commitment is carried into the health mission, headed \"An NHS fit for the future\" in the Plan for Change.",
    "verified": true
  },
  {
    "id": "L281",
    "from": "GOV-M-GROWTH",
    "to": "GOV-PFC",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-GOVMISSIONS"
    ],
    "rationale": "One of the five Plan for Change missions.",
    "verified": true
  },
  {
    "id": "L282",
    "from": "GOV-M-NHS",
    "to": "GOV-PFC",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-GOVMISSIONS"
    ],
    "rationale": "One of the five Plan for Change missions.",
    "verified": true
  },
  {
    "id": "L283",
    "from": "GOV-M-STREETS",
    "to": "GOV-PFC",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-GOVMISSIONS"
    ],
    "rationale": "One of the five Plan for Change missions.",
    "verified": true
  },
  {
    "id": "L284",
    "from": "GOV-M-OPPORTUNITY",
    "to": "GOV-PFC",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-GOVMISSIONS"
    ],
    "rationale": "One of the five Plan for Change missions.",
    "verified": true
  },
  {
    "id": "L285",
    "from": "GOV-M-ENERGY",
    "to": "GOV-PFC",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-GOVMISSIONS"
    ],
    "rationale": "One of the five Plan for Change missions.",
    "verified": true
  },
  {
    "id": "L286",
    "from": "GOV-10YHP-H2C",
    "to": "GOV-10YHP-PLAN",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-10YHP"
    ],
    "rationale": "One of the three shifts named in the 10 Year Health Plan.",
    "verified": true
  },
  {
    "id": "L287",
    "from": "GOV-10YHP-A2D",
    "to": "GOV-10YHP-PLAN",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-10YHP"
    ],
    "rationale": "One of the three shifts named in the 10 Year Health Plan.",
    "verified": true
  },
  {
    "id": "L288",
    "from": "GOV-10YHP-S2P",
    "to": "GOV-10YHP-PLAN",
    "kind": "part_of",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-10YHP"
    ],
    "rationale": "One of the three shifts named in the 10 Year Health Plan.",
    "verified": true
  },
  {
    "id": "L289",
    "from": "GL-LUWP",
    "to": "GOV-PFC",
    "kind": "succeeded_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-LUAR2025"
    ],
    "rationale": "The 2024-25 levelling-up annual report says the government has moved away from the levelling up programme and works through its five national missions. The 12 missions stay statutory until replaced.",
    "verified": true
  },
  {
    "id": "L290",
    "from": "GL-CCG",
    "to": "ICS-ICB",
    "kind": "succeeded_by",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-NHSCONFED"
    ],
    "rationale": "ICBs replaced clinical commissioning groups when ICSs became statutory on 1 July 2022.",
    "verified": true
  },
  {
    "id": "L291",
    "from": "GL-DLUHC",
    "to": "GL-MHCLG",
    "kind": "succeeded_by",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "The department that owned levelling up was renamed back to MHCLG (the reference records the owner as \"DLUHC, now MHCLG\"); no cited source in the model states the renaming.",
    "verified": true
  },
  {
    "id": "L292",
    "from": "LU-M1",
    "to": "GOV-M-GROWTH",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Both are about growth, pay and jobs; the national mission is the current national frame for what Mission 1 targeted.",
    "verified": true
  },
  {
    "id": "L293",
    "from": "LU-M2",
    "to": "GOV-M-GROWTH",
    "kind": "crosswalk",
    "strength": "weak",
    "sourced": false,
    "sources": [],
    "rationale": "R&D investment is an economic growth lever.",
    "verified": true
  },
  {
    "id": "L294",
    "from": "LU-M5",
    "to": "GOV-M-OPPORTUNITY",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Primary attainment is a core route to opportunity.",
    "verified": true
  },
  {
    "id": "L295",
    "from": "LU-M6",
    "to": "GOV-M-OPPORTUNITY",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Skills are a core route to opportunity.",
    "verified": true
  },
  {
    "id": "L296",
    "from": "LU-M11",
    "to": "GOV-M-STREETS",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Both target crime and violence; the national mission is the current national frame for the crime mission.",
    "verified": true
  },
  {
    "id": "L297",
    "from": "LU-M7",
    "to": "GOV-M-NHS",
    "kind": "crosswalk",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "The health mission carries an HLE-gap target (regions), the closest current equivalent of Mission 7 (local areas).",
    "verified": true
  },
  {
    "id": "L298",
    "from": "LU-OBJ2",
    "to": "SO-03",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L299",
    "from": "LU-OBJ2",
    "to": "SO-10",
    "kind": "serves",
    "strength": "weak",
    "sourced": false,
    "sources": [],
    "rationale": "Improving public services where they are weakest includes fair access to health and care (model assignment).",
    "verified": true
  },
  {
    "id": "L300",
    "from": "GOV-M-GROWTH",
    "to": "SO-01",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L301",
    "from": "GOV-M-GROWTH",
    "to": "SO-14",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L302",
    "from": "GOV-M-NHS",
    "to": "SO-04",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L303",
    "from": "GOV-M-NHS",
    "to": "SO-10",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L304",
    "from": "GOV-M-STREETS",
    "to": "SO-07",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L305",
    "from": "GOV-M-OPPORTUNITY",
    "to": "SO-02",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L306",
    "from": "GOV-M-OPPORTUNITY",
    "to": "SO-03",
    "kind": "serves",
    "strength": "strong",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L307",
    "from": "GOV-M-ENERGY",
    "to": "SO-14",
    "kind": "serves",
    "strength": "moderate",
    "sourced": false,
    "sources": [],
    "rationale": "Term contributes to this shared outcome (model assignment).",
    "verified": true
  },
  {
    "id": "L308",
    "from": "GOV-M-OPPORTUNITY",
    "to": "IND-SCHREADY",
    "kind": "headline_metric",
    "strength": "strong",
    "sourced": true,
    "sources": [
      "S-NW-PFC-READY",
      "S-FF-READY"
    ],
    "rationale": "The Plan for Change milestone for the opportunity mission is 75% of five-year-olds reaching a good level of development in the EYFS assessment by 2028: the school-readiness indicator.",
    "verified": true,
    "note": "Milestone: 75% by 2028 (67.7% in 2023/24). Checked 7 Dec 2026 against Nursery World (Dec 2024) and Full Fact's tracker."
  }
];
