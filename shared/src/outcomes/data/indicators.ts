import type { IndicatorInput } from "../schema.ts";

/**
 * Indicators converted from reference outcomes-model.json v0.2-verified (ids unchanged). `gap` is a model classification.
 */
export const INDICATORS: IndicatorInput[] = [
  {
    "id": "IND-HLE",
    "name": "Healthy life expectancy at birth",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips (ONS)",
    "code": "A01a",
    "codeVerified": true,
    "fingertipsId": 90362,
    "idVerified": true,
    "unit": "years",
    "polarity": "higher_is_better",
    "geography": "upper-tier LA",
    "gap": "between_areas",
    "sources": [
      "S-FTR",
      "S-FT-OPEN",
      "S-FT-NEXT",
      "S-TRAFFORD"
    ]
  },
  {
    "id": "IND-HLE65",
    "name": "Healthy life expectancy at 65",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips (ONS)",
    "code": "A01a (at 65)",
    "codeVerified": true,
    "fingertipsId": 93505,
    "idVerified": true,
    "unit": "years",
    "polarity": "higher_is_better",
    "geography": "upper-tier LA",
    "gap": "none",
    "sources": [
      "S-FTR"
    ]
  },
  {
    "id": "IND-LE",
    "name": "Life expectancy at birth",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips (ONS)",
    "code": "A01b",
    "codeVerified": false,
    "fingertipsId": 90366,
    "idVerified": true,
    "unit": "years",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-FTR",
      "S-SEIDU"
    ],
    "note": "ID 90366 confirmed. Code A01b not confirmed for LE at birth: one dataset catalogue shows 'A01b - Life expectancy at 65', which supports A01b as the LE code family (as A01a covers HLE at birth and at 65)."
  },
  {
    "id": "IND-SII-LE",
    "name": "Inequality in life expectancy at birth (slope index of inequality, within LA)",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips",
    "code": "A02a",
    "codeVerified": false,
    "fingertipsId": 92901,
    "idVerified": true,
    "unit": "years",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "deprivation_gradient",
    "sources": [
      "S-FT-OPEN",
      "S-FTR",
      "S-TRAFFORD"
    ],
    "note": "ID 92901 confirmed ('Inequality in life expectancy at birth'). Code A02a still inferred."
  },
  {
    "id": "IND-SII-HLE-ENG",
    "name": "Inequality in healthy life expectancy at birth ENGLAND (SII, national deciles)",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips",
    "code": "A02b",
    "codeVerified": true,
    "fingertipsId": 90825,
    "idVerified": true,
    "unit": "years",
    "polarity": "lower_is_better",
    "geography": "England",
    "gap": "deprivation_gradient",
    "sources": [
      "S-FTR"
    ],
    "note": "ID 90825 confirmed in fingertipsR vignette. Code A02b: confirmed in v0.1, not re-checked in v2."
  },
  {
    "id": "IND-SII-HLE-LA",
    "name": "Inequality in healthy life expectancy at birth LA",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips",
    "code": "(A02 family; verify)",
    "codeVerified": false,
    "fingertipsId": 92031,
    "idVerified": true,
    "unit": "years",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "deprivation_gradient",
    "sources": [
      "S-FTR"
    ]
  },
  {
    "id": "IND-LE-GAP",
    "name": "Gap in life expectancy at birth between each local authority and England as a whole",
    "framework": "FW-PHOF",
    "dataSource": "OHID Fingertips",
    "code": null,
    "codeVerified": false,
    "fingertipsId": 90365,
    "idVerified": true,
    "unit": "years",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-FT-OPEN",
      "S-FTR"
    ],
    "note": "ID 90365 confirmed (Fingertips code constant GapInLifeExpectancyAtBirth; fingertipsR vignette). Whether it carries a PHOF code was not established; code set to null."
  },
  {
    "id": "IND-CLIF-ABS",
    "name": "Children in absolute low income families (under 16s)",
    "framework": "FW-PHOF",
    "dataSource": "DWP/HMRC via Fingertips",
    "code": "B01 (a or b; letter not verified)",
    "codeVerified": false,
    "fingertipsId": 93701,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-NEXT",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-SCHREADY",
    "name": "School readiness: % achieving a good level of development at end of Reception",
    "framework": "FW-PHOF",
    "dataSource": "DfE via Fingertips",
    "code": "B02a",
    "codeVerified": false,
    "fingertipsId": 90631,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD",
      "S-FTR"
    ],
    "note": "Code from recall."
  },
  {
    "id": "IND-SCHREADY-FSM",
    "name": "School readiness: % of children with free school meal status achieving GLD",
    "framework": "FW-PHOF",
    "dataSource": "DfE via Fingertips",
    "code": "B02a (FSM)",
    "codeVerified": false,
    "fingertipsId": 90632,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_groups",
    "sources": [
      "S-TRAFFORD"
    ]
  },
  {
    "id": "IND-ABSENCE",
    "name": "Pupil absence",
    "framework": "FW-PHOF",
    "dataSource": "DfE via Fingertips",
    "code": "B03",
    "codeVerified": false,
    "fingertipsId": 10301,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-FTR"
    ],
    "note": "ID 10301 from Fingertips' own code constants (PupilAbsence = 10301, 2020 snapshot) and used in fingertipsR tests; confirm it is still the live PHOF B03 series. Code B03 from recall."
  },
  {
    "id": "IND-NEET1617",
    "name": "16-17 year olds not in education, employment or training (NEET) or activity not known",
    "framework": "FW-PHOF",
    "dataSource": "DfE via Fingertips",
    "code": "B05",
    "codeVerified": false,
    "fingertipsId": 93203,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "upper-tier LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD",
      "S-PHDSCRIPT"
    ],
    "note": "ID 93203 confirmed by two sources ('16-17 year olds not in education, employment or training (NEET) or whose activity is not known'); the one script that called 93203 'domestic abuse' is wrong. Code B05 from recall."
  },
  {
    "id": "IND-EMP",
    "name": "Percentage of people in employment (16-64)",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "B08d",
    "codeVerified": false,
    "fingertipsId": 92313,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-PHDSCRIPT",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-EMPGAP-LTC",
    "name": "Gap in employment rate between those with a physical or mental long-term condition (16-64) and the overall rate",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "B08a",
    "codeVerified": true,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "percentage points",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "between_groups",
    "sources": [
      "S-PHOFNAMES"
    ],
    "fingertipsIdCandidate": 90282,
    "note": "Code B08a confirmed (Fingertips PHOF name carries it). Candidate ID 90282 is inferred from the order of an ID list matched to code-prefixed names in one script (its other anchors match) and from older fingertipsR examples; not confirmed."
  },
  {
    "id": "IND-SICKABS",
    "name": "Sickness absence: % of working days lost",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "B09b",
    "codeVerified": true,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "region/LA",
    "gap": "none",
    "sources": [
      "S-PHOFNAMES"
    ],
    "fingertipsIdCandidate": 90287,
    "note": "Code B09b confirmed ('B09b - Sickness absence: the percentage of working days lost due to sickness absence'). Candidate ID 90287 inferred from list order in one script; not confirmed. (22001, sometimes assumed, is labelled breast screening coverage in S-SEIDU.)"
  },
  {
    "id": "IND-DOMABUSE",
    "name": "Domestic abuse related incidents and crimes",
    "framework": "FW-PHOF",
    "dataSource": "Home Office via Fingertips",
    "code": "B11",
    "codeVerified": true,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "per 1,000",
    "polarity": "context",
    "geography": "PFA/LA",
    "gap": "none",
    "sources": [
      "S-PHOFNAMES"
    ],
    "note": "Code B11 confirmed ('B11 - Domestic abuse related incidents and crimes'). Fingertips ID not found. Polarity is ambiguous (reporting vs incidence)."
  },
  {
    "id": "IND-VIOL-ADM",
    "name": "Violent crime: hospital admissions for violence (including sexual violence)",
    "framework": "FW-PHOF",
    "dataSource": "NHS HES via Fingertips",
    "code": "B12a",
    "codeVerified": true,
    "fingertipsId": 11201,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-WSXVIOL",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-VIOL-OFF",
    "name": "Violent crime: violence offences per 1,000 population",
    "framework": "FW-PHOF",
    "dataSource": "Home Office via Fingertips",
    "code": "B12b",
    "codeVerified": true,
    "fingertipsId": 11202,
    "idVerified": true,
    "unit": "per 1,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-SEIDU"
    ],
    "note": "ID 11202 confirmed. Code B12b confirmed in v0.1, not re-checked."
  },
  {
    "id": "IND-HOMELESS",
    "name": "Homelessness: households owed a duty under the Homelessness Reduction Act",
    "framework": "FW-PHOF",
    "dataSource": "MHCLG via Fingertips",
    "code": "B15a",
    "codeVerified": true,
    "fingertipsId": 93736,
    "idVerified": true,
    "unit": "per 1,000 households",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-SEIDU",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-OUTDOOR",
    "name": "Utilisation of outdoor space for exercise/health reasons",
    "framework": "FW-PHOF",
    "dataSource": "Natural England via Fingertips",
    "code": "B16",
    "codeVerified": true,
    "fingertipsId": 11601,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-FUELPOV",
    "name": "Fuel poverty (low income, low energy efficiency methodology)",
    "framework": "FW-PHOF",
    "dataSource": "DESNZ via Fingertips",
    "code": "B17",
    "codeVerified": true,
    "fingertipsId": 93759,
    "idVerified": true,
    "unit": "% households",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT",
      "S-SEIDU",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-SOCISOL",
    "name": "Social isolation: % of adult social care users who have as much social contact as they would like (18+)",
    "framework": "FW-PHOF",
    "dataSource": "NHS ASCOF survey via Fingertips",
    "code": "B18a",
    "codeVerified": false,
    "fingertipsId": 90280,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "upper-tier LA",
    "gap": "none",
    "sources": [
      "S-SEIDU"
    ],
    "note": "Code letter from recall."
  },
  {
    "id": "IND-LONELY",
    "name": "Loneliness: % of adults who feel lonely often/always or some of the time",
    "framework": "FW-PHOF",
    "dataSource": "DCMS Active Lives via Fingertips",
    "code": "B19",
    "codeVerified": true,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHOFNAMES"
    ],
    "fingertipsIdCandidate": 93758,
    "note": "Code B19 confirmed (Fingertips name 'B19 - Loneliness: Percentage of adults who feel lonely often or always or some of the time'). Candidate ID 93758 inferred from list order in one script; not confirmed."
  },
  {
    "id": "IND-OVERCROWD",
    "name": "Households with overcrowding based on overall room occupancy",
    "framework": "FW-PHOF",
    "dataSource": "ONS Census via Fingertips",
    "code": "(wider determinants profile)",
    "codeVerified": null,
    "fingertipsId": 93277,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-EARN",
    "name": "Average weekly earnings",
    "framework": "FW-PHOF",
    "dataSource": "ONS ASHE via Fingertips",
    "code": "(wider determinants profile)",
    "codeVerified": null,
    "fingertipsId": 93351,
    "idVerified": true,
    "unit": "GBP",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-PROBDEBT",
    "name": "Households with problem debt",
    "framework": "FW-PHOF",
    "dataSource": "via Fingertips",
    "code": "(wider determinants profile)",
    "codeVerified": null,
    "fingertipsId": 93352,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ]
  },
  {
    "id": "IND-AFFORD",
    "name": "Housing affordability ratio",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "(wider determinants profile)",
    "codeVerified": null,
    "fingertipsId": 92793,
    "idVerified": true,
    "unit": "ratio",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ]
  },
  {
    "id": "IND-LBW",
    "name": "Low birth weight of term babies",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "C04",
    "codeVerified": true,
    "fingertipsId": 20101,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-SEIDU",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-U18CONC",
    "name": "Under 18s conception rate",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "C02a",
    "codeVerified": false,
    "fingertipsId": 20401,
    "idVerified": true,
    "unit": "per 1,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-FT-NEXT",
      "S-SEIDU"
    ],
    "note": "Code letter from recall."
  },
  {
    "id": "IND-OBESE-R",
    "name": "Reception: prevalence of obesity (including severe obesity)",
    "framework": "FW-PHOF",
    "dataSource": "NCMP via Fingertips",
    "code": "C09a",
    "codeVerified": false,
    "fingertipsId": 90319,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD"
    ],
    "note": "Code letter from recall."
  },
  {
    "id": "IND-OBESE-Y6",
    "name": "Year 6: prevalence of obesity (including severe obesity)",
    "framework": "FW-PHOF",
    "dataSource": "NCMP via Fingertips",
    "code": "C09b",
    "codeVerified": false,
    "fingertipsId": 90323,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-TRAFFORD"
    ],
    "note": "Code letter from recall; a Mission 7 supporting metric."
  },
  {
    "id": "IND-CHILDINJ",
    "name": "Hospital admissions caused by unintentional and deliberate injuries in children (0-14)",
    "framework": "FW-PHOF",
    "dataSource": "HES via Fingertips",
    "code": "C11a",
    "codeVerified": true,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "per 10,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHOFNAMES"
    ],
    "fingertipsIdCandidate": 90284,
    "note": "Code C11a confirmed ('C11a - Hospital admissions caused by unintentional and deliberate injuries in children (aged 0 to 14 years)'). Candidate ID 90284 inferred from list order in one script and PHOF ordering in a fingertipsR vignette; not confirmed."
  },
  {
    "id": "IND-SELFHARM",
    "name": "Emergency hospital admissions for intentional self-harm",
    "framework": "FW-PHOF",
    "dataSource": "HES via Fingertips",
    "code": "C14b",
    "codeVerified": true,
    "fingertipsId": 21001,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-SEIDU",
      "S-PHOFNAMES",
      "S-TRAFFORD"
    ]
  },
  {
    "id": "IND-OVERWT",
    "name": "Percentage of adults (18+) classified as overweight or obese",
    "framework": "FW-PHOF",
    "dataSource": "Active Lives via Fingertips",
    "code": "C16",
    "codeVerified": false,
    "fingertipsId": 93088,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-FT-NEXT",
      "S-PHDSCRIPT",
      "S-SEIDU"
    ],
    "note": "Code letter from recall; a Mission 7 supporting metric."
  },
  {
    "id": "IND-ACTIVE",
    "name": "Percentage of physically active adults",
    "framework": "FW-PHOF",
    "dataSource": "Active Lives via Fingertips",
    "code": "C17a",
    "codeVerified": false,
    "fingertipsId": 93014,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-TRAFFORD",
      "S-PHDSCRIPT",
      "S-SEIDU"
    ],
    "note": "ID 93014 confirmed. Code C17a inferred from C17b (only C17b was seen with a code)."
  },
  {
    "id": "IND-INACTIVE",
    "name": "Percentage of physically inactive adults",
    "framework": "FW-PHOF",
    "dataSource": "Active Lives via Fingertips",
    "code": "C17b",
    "codeVerified": true,
    "fingertipsId": 93015,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-NEXT",
      "S-TRAFFORD",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-SMOKING",
    "name": "Smoking prevalence in adults (18+)",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "C18",
    "codeVerified": false,
    "fingertipsId": 92443,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-SEIDU",
      "S-TRAFFORD"
    ],
    "note": "Code letter from recall; a Mission 7 supporting metric."
  },
  {
    "id": "IND-WB-LOWSAT",
    "name": "Self-reported wellbeing: people with a low satisfaction score",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "C28a",
    "codeVerified": false,
    "fingertipsId": 22301,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ],
    "note": "Code letters C28a-d from recall."
  },
  {
    "id": "IND-WB-LOWWORTH",
    "name": "Self-reported wellbeing: people with a low worthwhile score",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "C28b",
    "codeVerified": false,
    "fingertipsId": 22302,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ]
  },
  {
    "id": "IND-WB-LOWHAPPY",
    "name": "Self-reported wellbeing: people with a low happiness score",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "C28c",
    "codeVerified": false,
    "fingertipsId": 22303,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ]
  },
  {
    "id": "IND-WB-HIGHANX",
    "name": "Self-reported wellbeing: people with a high anxiety score",
    "framework": "FW-PHOF",
    "dataSource": "ONS APS via Fingertips",
    "code": "C28d",
    "codeVerified": false,
    "fingertipsId": 22304,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT"
    ]
  },
  {
    "id": "IND-AIRPM",
    "name": "Fraction of mortality attributable to particulate air pollution (new method)",
    "framework": "FW-PHOF",
    "dataSource": "UKHSA via Fingertips",
    "code": "D01",
    "codeVerified": false,
    "fingertipsId": 93861,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-NEXT",
      "S-SEIDU"
    ],
    "note": "ID 93861 confirmed as particulate air pollution attributable mortality (new method) by DHSC's FingertipsNext data and S-SEIDU; the one script that called 93861 'falls' is wrong. Code D01 from recall."
  },
  {
    "id": "IND-PM25",
    "name": "Air pollution: fine particulate matter (new method - concentrations of total PM2.5)",
    "framework": "FW-PHOF",
    "dataSource": "DEFRA/UKHSA via Fingertips",
    "code": "(verify)",
    "codeVerified": false,
    "fingertipsId": 93867,
    "idVerified": true,
    "unit": "µg/m3",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-INFMORT",
    "name": "Infant mortality rate",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "E01",
    "codeVerified": false,
    "fingertipsId": 92196,
    "idVerified": true,
    "unit": "per 1,000 live births",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-SEIDU"
    ],
    "note": "Code from recall."
  },
  {
    "id": "IND-U75CVD",
    "name": "Under 75 mortality rate from all circulatory diseases",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "E04a",
    "codeVerified": false,
    "fingertipsId": 40401,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-U75CVD-PREV",
    "name": "Under 75 mortality rate from cardiovascular diseases considered preventable (2019 definition)",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "E04b",
    "codeVerified": false,
    "fingertipsId": 93722,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-ONS-LUDA",
      "S-SEIDU"
    ],
    "note": "Corrected 40402 -> 93722: ONS's LUDA script states the Mission 7 metric is Fingertips 93722; S-SEIDU labels 40402 as the 2016-definition series. Code E04b from recall. A Mission 7 supporting metric."
  },
  {
    "id": "IND-U75CANCER",
    "name": "Under 75 mortality rate from cancer",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "E05a",
    "codeVerified": false,
    "fingertipsId": 40501,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-U75PREV",
    "name": "Under 75 mortality rate from causes considered preventable",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "(mortality profile; verify)",
    "codeVerified": false,
    "fingertipsId": 93721,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-SUICIDE",
    "name": "Suicide rate",
    "framework": "FW-PHOF",
    "dataSource": "ONS via Fingertips",
    "code": "E10",
    "codeVerified": true,
    "fingertipsId": 41001,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-PHDSCRIPT",
      "S-SEIDU",
      "S-PHOFNAMES"
    ]
  },
  {
    "id": "IND-DEPRESS",
    "name": "Depression: QOF recorded prevalence (18+)",
    "framework": "FW-PHOF",
    "dataSource": "NHS QOF via Fingertips",
    "code": "(not PHOF)",
    "codeVerified": null,
    "fingertipsId": 848,
    "idVerified": true,
    "unit": "%",
    "polarity": "context",
    "geography": "GP/LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD",
      "S-PHDSCRIPT",
      "S-SEIDU"
    ]
  },
  {
    "id": "IND-HTN-PREV",
    "name": "Hypertension: QOF prevalence (all ages)",
    "framework": "FW-PHOF",
    "dataSource": "NHS QOF via Fingertips",
    "code": "(not PHOF)",
    "codeVerified": null,
    "fingertipsId": 219,
    "idVerified": true,
    "unit": "%",
    "polarity": "context",
    "geography": "GP/LA",
    "gap": "none",
    "sources": [
      "S-FT-OPEN",
      "S-PHDSCRIPT",
      "S-SEIDU"
    ],
    "note": "Recorded prevalence rises with better case-finding; use alongside expected prevalence."
  },
  {
    "id": "IND-DECAY5",
    "name": "% of 5 year olds with experience of visually obvious dentinal decay",
    "framework": "FW-PHOF",
    "dataSource": "OHID dental survey via Fingertips",
    "code": "(verify)",
    "codeVerified": false,
    "fingertipsId": 93563,
    "idVerified": true,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "LA",
    "gap": "none",
    "sources": [
      "S-TRAFFORD"
    ]
  },
  {
    "id": "LUI-GVA",
    "name": "GVA per hour worked",
    "framework": "FW-LU",
    "dataSource": "ONS",
    "code": "M1 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "GBP",
    "polarity": "higher_is_better",
    "geography": "ITL3/LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-PAY",
    "name": "Gross median weekly pay (full-time)",
    "framework": "FW-LU",
    "dataSource": "ONS ASHE",
    "code": "M1 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "GBP",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-EMP",
    "name": "Employment rate, 16-64",
    "framework": "FW-LU",
    "dataSource": "ONS APS",
    "code": "M1 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-WWG",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-RD",
    "name": "Domestic public R&D investment outside the Greater South East",
    "framework": "FW-LU",
    "dataSource": "DSIT/ONS",
    "code": "M2 headline (metric wording not verified)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "GBP",
    "polarity": "higher_is_better",
    "geography": "region",
    "gap": "between_areas",
    "sources": [
      "S-CITYREDI",
      "S-CASE-RD"
    ],
    "note": "Mission 2 wording confirmed, but no source seen names its headline metric; ONS LUDA notes no Mission 2 metric was available on its dashboard. Check the technical annex (S-TECHANNEX)."
  },
  {
    "id": "LUI-TRAVEL",
    "name": "Average travel time to nearest large employment centre (500+ jobs) by public transport/walk",
    "framework": "FW-LU",
    "dataSource": "DfT journey time statistics",
    "code": "M3 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "minutes",
    "polarity": "lower_is_better",
    "geography": "LSOA/LA",
    "gap": "between_areas",
    "sources": [
      "S-PQ-TRANSPORT",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-COMMUTE",
    "name": "Usual method of travel to work by region of workplace",
    "framework": "FW-LU",
    "dataSource": "ONS/DfT",
    "code": "M3 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "%",
    "polarity": "context",
    "geography": "region",
    "gap": "between_areas",
    "sources": [
      "S-PQ-TRANSPORT"
    ]
  },
  {
    "id": "LUI-GIGABIT",
    "name": "% of premises with gigabit-capable broadband; % 4G (and 5G) coverage by at least one mobile network operator",
    "framework": "FW-LU",
    "dataSource": "Ofcom",
    "code": "M4 metrics (White Paper technical-annex metrics as used by ONS; headline status not verified)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-ONS-LUDA"
    ],
    "note": "ONS LUDA lists these two Ofcom Connected Nations measures as the Mission 4 metrics from the technical annex; which one is 'headline' was not confirmed."
  },
  {
    "id": "LUI-KS2",
    "name": "% pupils meeting expected standard in reading, writing and maths at end of KS2",
    "framework": "FW-LU",
    "dataSource": "DfE",
    "code": "M5 headline",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-SKILLS",
    "name": "Adult education & training achievements; apprenticeship starts/achievements; % 16-64 with level 3+",
    "framework": "FW-LU",
    "dataSource": "DfE / ONS APS",
    "code": "M6 metrics",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "per population / %",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ]
  },
  {
    "id": "LUI-ONS4",
    "name": "ONS personal wellbeing: mean life satisfaction, worthwhile, happiness, anxiety",
    "framework": "FW-LU",
    "dataSource": "ONS APS",
    "code": "M8 metrics",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "score 0-10",
    "polarity": "mixed",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "polarityNote": "Mission 8 uses four means: higher is better for life satisfaction, worthwhile and happiness; lower is better for anxiety."
  },
  {
    "id": "LUI-PRIDE",
    "name": "Pride in place measures (e.g. satisfaction with local area/town centre, engagement in local culture and community)",
    "framework": "FW-LU",
    "dataSource": "DCMS/MHCLG Community Life Survey",
    "code": "M9 (headline metric defined Jan 2024; exact wording not verified)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "LA (boosted sample 2023/24)",
    "gap": "between_areas",
    "sources": [
      "S-BENNETT",
      "S-WMS2024"
    ],
    "note": "Bennett and the 25 Jan 2024 written statement confirm the statement of missions defined the pride-in-place metrics using the Community Life Survey; the exact headline measure was not seen."
  },
  {
    "id": "LUI-FTB",
    "name": "Number of first-time buyers",
    "framework": "FW-LU",
    "dataSource": "MHCLG/UK Finance",
    "code": "M10 (recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "count",
    "polarity": "higher_is_better",
    "geography": "region",
    "gap": "between_areas",
    "sources": [],
    "note": "Not confirmed as a Mission 10 metric. RSN and ONS LUDA both analyse 'net additions to the housing stock' for Mission 10 instead (see LUI-NETADD). Check the technical annex."
  },
  {
    "id": "LUI-NONDECENT",
    "name": "Non-decent rented homes",
    "framework": "FW-LU",
    "dataSource": "English Housing Survey",
    "code": "M10 (recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "% / count",
    "polarity": "lower_is_better",
    "geography": "England/region",
    "gap": "between_areas",
    "sources": [],
    "note": "Not confirmed as a Mission 10 metric (see LUI-FTB). Check the technical annex."
  },
  {
    "id": "LUI-HOMICIDE",
    "name": "Homicide, serious violence (e.g. hospital admissions for assault with a sharp object) and neighbourhood crime",
    "framework": "FW-LU",
    "dataSource": "Home Office / NHS / CSEW",
    "code": "M11 (metric wording from recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "rate",
    "polarity": "lower_is_better",
    "geography": "PFA",
    "gap": "between_areas",
    "sources": [
      "S-ONS-LUDA"
    ],
    "note": "Partly confirmed: ONS LUDA uses homicide (ONS homicide appendix tables) as a Mission 11 metric. The serious-violence (sharp-object admissions) and neighbourhood-crime components were not confirmed."
  },
  {
    "id": "LUI-DEVO",
    "name": "% of England's population living in an area covered by a devolution deal",
    "framework": "FW-LU",
    "dataSource": "MHCLG",
    "code": "M12 progress measure reported by DLUHC (41% at Feb 2022 -> 60% by Jan 2024); formal headline status not verified",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "England",
    "gap": "between_areas",
    "sources": [
      "S-DLUHC-DEVO60"
    ],
    "note": "DLUHC reported coverage rising from 41% to 60% of the English population (press release 26 Jan 2024)."
  },
  {
    "id": "NHSI-SMICHK",
    "name": "% of people on SMI register receiving full annual physical health check",
    "framework": "FW-C20A",
    "dataSource": "NHS England",
    "code": "Core20PLUS5 SMI (target 60%)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-STAGE12",
    "name": "% of cancers diagnosed at stage 1 or 2",
    "framework": "FW-C20A",
    "dataSource": "NHS Digital Rapid Cancer Registration / NDRS",
    "code": "Core20PLUS5 early diagnosis (75% by 2028)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-HTN-TT",
    "name": "% of patients with hypertension treated to target (NICE)",
    "framework": "FW-C20A",
    "dataSource": "CVDPREVENT audit",
    "code": "Core20PLUS5 hypertension (indicator wording recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-COPDVAX",
    "name": "Flu/pneumococcal/COVID vaccine uptake in people with COPD",
    "framework": "FW-C20A",
    "dataSource": "UKHSA/NHS",
    "code": "Core20PLUS5 respiratory",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-MCOC",
    "name": "% of women (Black, Asian, minority ethnic; most deprived) on a continuity of carer pathway",
    "framework": "FW-C20A",
    "dataSource": "Maternity Services Data Set",
    "code": "Core20PLUS5 maternity",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "between_groups",
    "sources": [
      "S-RCM-MCOC"
    ],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex. National MCoC targets were removed on 21 Sep 2022 (S-RCM-MCOC)."
  },
  {
    "id": "NHSI-CYP-ASTHMA",
    "name": "Emergency admissions for asthma, under 18s",
    "framework": "FW-C20A",
    "dataSource": "HES",
    "code": "Core20PLUS5 CYP asthma (indicator wording recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-CYP-RTCGM",
    "name": "% of CYP with Type 1 diabetes using real-time CGM / insulin pump, by IMD quintile and ethnicity",
    "framework": "FW-C20A",
    "dataSource": "National Paediatric Diabetes Audit",
    "code": "Core20PLUS5 CYP diabetes",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "between_groups",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-CYP-EPINURSE",
    "name": "Access to epilepsy specialist nurse within first year of care",
    "framework": "FW-C20A",
    "dataSource": "Epilepsy12 audit",
    "code": "Core20PLUS5 CYP epilepsy",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-CYP-EXTRACT",
    "name": "Hospital tooth extractions due to decay, children aged 10 and under",
    "framework": "FW-C20A",
    "dataSource": "HES",
    "code": "Core20PLUS5 CYP oral health",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "ICB/practice/provider",
    "gap": "none",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-CYPMH-ACCESS",
    "name": "CYP (0-17) accessing NHS-funded mental health services, by ethnicity, age, sex, deprivation",
    "framework": "FW-C20A",
    "dataSource": "Mental Health Services Data Set",
    "code": "Core20PLUS5 CYP mental health",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "higher_is_better",
    "geography": "ICB/practice/provider",
    "gap": "between_groups",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-WL-IMD",
    "name": "Elective waiting list size and long waits by IMD quintile and ethnicity",
    "framework": "FW-C20A",
    "dataSource": "NHS England (WLMDS/SUS)",
    "code": "NHS priority 1 / s13SA statement (indicator wording recall)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "ICB/practice/provider",
    "gap": "between_groups",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "NHSI-ETHN-COMP",
    "name": "% of records with ethnicity not known/not stated",
    "framework": "FW-C20A",
    "dataSource": "NHS datasets",
    "code": "NHS priority 3",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": false,
    "unit": "%",
    "polarity": "lower_is_better",
    "geography": "ICB/practice/provider",
    "gap": "between_groups",
    "sources": [],
    "note": "NHS operational measure; exact indicator definitions to be checked against the s13SA statement annex."
  },
  {
    "id": "LUI-NETADD",
    "name": "Net additions to the housing stock (per 100,000 population)",
    "framework": "FW-LU",
    "dataSource": "MHCLG Live Table 122",
    "code": "M10 analysis metric (RSN; ONS LUDA)",
    "codeVerified": null,
    "fingertipsId": null,
    "idVerified": true,
    "unit": "per 100,000",
    "polarity": "higher_is_better",
    "geography": "LA",
    "gap": "between_areas",
    "sources": [
      "S-RSN",
      "S-ONS-LUDA"
    ],
    "note": "Added in v2: the only Mission 10 metric seen in sources (RSN analysis; ONS LUDA script using MHCLG Live Table 122). Headline status not verified."
  }
];
