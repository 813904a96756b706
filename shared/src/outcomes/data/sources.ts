import type { SourceInput } from "../schema.ts";

/**
 * Sources cited by the outcomes model (converted from reference outcomes-model.json v0.2-verified). Titles and urls as researched; an url may be a DOI or a note when the repository was not identified.
 */
export const SOURCES: SourceInput[] = [
  {
    "id": "S-LUWP",
    "title": "Levelling Up the United Kingdom (CP 604), White Paper, and its executive summary",
    "publisher": "HM Government / DLUHC",
    "date": "2022-02-02",
    "url": "https://www.gov.uk/government/publications/levelling-up-the-united-kingdom"
  },
  {
    "id": "S-RSN",
    "title": "Levelling Up: Missions and Metrics - Analysis of Mission 1..10 (summaries of White Paper mission text, principal objective and technical-annex metrics)",
    "publisher": "Rural Services Network",
    "date": "2022-2024",
    "url": "https://rsnonline.org.uk/levelling-up-missions-and-metrics-analysis-of-mission-7"
  },
  {
    "id": "S-WWG",
    "title": "Levelling up missions (mission 1 wording and headline metrics)",
    "publisher": "What Works Centre for Local Growth",
    "date": "2022",
    "url": "https://whatworksgrowth.org/resource-library/levelling-up-missions/"
  },
  {
    "id": "S-GUARDIAN",
    "title": "The UK government's 12 'levelling up' missions - key points",
    "publisher": "The Guardian",
    "date": "2022-02-02",
    "url": "https://www.theguardian.com/uk-news/2022/feb/02/government-levelling-up-missions-white-paper-key-points"
  },
  {
    "id": "S-CITYREDI",
    "title": "Less is more? Will the levelling up White Paper rebalance R&D spending (quotes mission 2)",
    "publisher": "City-REDI, University of Birmingham",
    "date": "2022",
    "url": "https://blog.bham.ac.uk/cityredi/less-is-more-will-the-levelling-up-white-paper-rebalance-the-regional-distribution-of-rampd-spending"
  },
  {
    "id": "S-PQ-TRANSPORT",
    "title": "Written answer on transport mission headline metrics (Neil O'Brien MP)",
    "publisher": "UK Parliament (via Parallel Parliament)",
    "date": "2022-02-14",
    "url": "https://www.parallelparliament.co.uk/question/119412/transport-regional-planning-and-development"
  },
  {
    "id": "S-MJ-DEVO",
    "title": "Devolution for all: Gove unveils long-awaited White Paper",
    "publisher": "The MJ",
    "date": "2022-02",
    "url": "https://www.themj.co.uk/devolution-gove-unveils-long-awaited-white-paper"
  },
  {
    "id": "S-GOREWELLS",
    "title": "Gore & Wells, Levelling Up: a missed opportunity to reframe the role of investment in physical capital (People, Place and Policy) - six capitals",
    "publisher": "People, Place and Policy Online",
    "date": "2022-11-04",
    "url": "doi:10.3351/ppp.2022.9688786842"
  },
  {
    "id": "S-BENNETT",
    "title": "Levelling up: two years on (mission 9 wording; first Statement of Levelling Up Missions 25 Jan 2024)",
    "publisher": "Bennett Institute for Public Policy",
    "date": "2024-01-29",
    "url": "https://www.bennettinstitute.cam.ac.uk/blog/levelling-up-two-years-on/"
  },
  {
    "id": "S-WMS2024",
    "title": "Written Ministerial Statement: statement of levelling-up missions (LURA 2023)",
    "publisher": "UK Parliament",
    "date": "2024-01-25",
    "url": "https://parallelparliament.co.uk/mp/jacob-young/debate/2024-01-25/commons/written-statements/levelling-up"
  },
  {
    "id": "S-LUAR2025",
    "title": "Levelling-Up Missions annual report 2024 to 2025",
    "publisher": "MHCLG",
    "date": "2025-05-21",
    "url": "https://www.gov.uk/government/publications/levelling-up-missions-annual-report"
  },
  {
    "id": "S-IFG",
    "title": "IfG assessment of the 12 missions (as reported)",
    "publisher": "Institute for Government via Level Up North East",
    "date": "2022",
    "url": "https://www.levelupnortheast.org/levelling-up-missions-will-not-reduce-regional-inequality-report/"
  },
  {
    "id": "S-PT-LUWP",
    "title": "Government plans to level up health by tackling poor diet and smoking (quotes White Paper on drivers of HLE gap)",
    "publisher": "Personnel Today",
    "date": "2022-02-03",
    "url": "https://www.personneltoday.com/hr/government-plans-to-level-up-health-by-tackling-poor-diet-and-smoking/"
  },
  {
    "id": "S-HF-LU",
    "title": "'Levelling up' plan fails to grasp the enormity of the health challenge",
    "publisher": "The Health Foundation",
    "date": "2022-02-02",
    "url": "https://www.health.org.uk/news-and-comment/news/levelling-up-plan-fails-to-grasp-the-enormity-of-the-health-challenge"
  },
  {
    "id": "S-HF-5TESTS",
    "title": "Five tests for levelling up health (economic inactivity due to long-term sickness in lowest-HLE areas)",
    "publisher": "The Health Foundation",
    "date": "2021",
    "url": "http://alumni.health.org.uk/news-and-comment/blogs/five-tests-for-levelling-up-health"
  },
  {
    "id": "S-C20-ADULT",
    "title": "Core20PLUS5 (adults) and Evidence for the five clinical priorities",
    "publisher": "NHS England",
    "date": "2021-11 (published)",
    "url": "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/"
  },
  {
    "id": "S-C20-RCP",
    "title": "Core20PLUS5 summary (Core20, PLUS, inclusion health groups)",
    "publisher": "Royal College of Physicians, Medical Care",
    "date": "n.d.",
    "url": "https://medicalcare.rcp.ac.uk/content-items/reading/core20-plus-5/"
  },
  {
    "id": "S-C20-CBME",
    "title": "Core20PLUS5 - an approach to reducing health inequalities (lists targets for the 5 areas)",
    "publisher": "CBME Forum",
    "date": "n.d.",
    "url": "https://www.cbmeforum.org/core20/"
  },
  {
    "id": "S-C20-CYP",
    "title": "Core20PLUS5 for children and young people; CYP infographic",
    "publisher": "NHS England",
    "date": "2022-11 (published; per written answer of 23 Feb 2023, S-PQ-C20CYP)",
    "url": "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/core20plus5-cyp/"
  },
  {
    "id": "S-SNEE",
    "title": "Core20PLUS5 (smoking cessation as a thread; NHS contribution to wider system effort)",
    "publisher": "Suffolk and North East Essex ICS",
    "date": "n.d.",
    "url": "https://www.sneeics.org.uk/health-equality/health-inequalities-and-health-equity/core20plus5/"
  },
  {
    "id": "S-HIQIP",
    "title": "National Healthcare Inequalities Improvement Programme: our approach; strategic drivers (five priority areas)",
    "publisher": "NHS England",
    "date": "n.d.",
    "url": "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/our-approach-to-reducing-healthcare-inequalities/"
  },
  {
    "id": "S-PG2122",
    "title": "2021/22 priorities and operational planning guidance",
    "publisher": "NHS England and NHS Improvement",
    "date": "2021-03-25",
    "url": "https://www.england.nhs.uk/publication/2021-22-priorities-and-operational-planning-guidance/"
  },
  {
    "id": "S-STMT2023",
    "title": "NHS England's statement on information on health inequalities (duty under section 13SA NHS Act 2006); published 27 Nov 2023, covers 1 Apr 2023 - 31 Mar 2025",
    "publisher": "NHS England",
    "date": "2023-11-27",
    "url": "https://www.england.nhs.uk/long-read/nhs-englands-statement-on-information-on-health-inequalities-duty/"
  },
  {
    "id": "S-STMT-UPD",
    "title": "NHS England's statement on information on health inequalities (updated version)",
    "publisher": "NHS England",
    "date": "after 2025-03 (date not verified)",
    "url": "https://www.england.nhs.uk/long-read/nhs-englands-statement-on-information-on-health-inequalities"
  },
  {
    "id": "S-MARMOT2010",
    "title": "Fair Society, Healthy Lives (The Marmot Review)",
    "publisher": "Marmot Review team / UCL IHE",
    "date": "2010-02-11",
    "url": "https://www.local.gov.uk/marmot-review-report-fair-society-healthy-lives"
  },
  {
    "id": "S-BBF2020",
    "title": "Build Back Fairer: The COVID-19 Marmot Review",
    "publisher": "UCL Institute of Health Equity / Health Foundation",
    "date": "2020-12-15",
    "url": "https://blogs.bmj.com/bmj/2020/12/15/michael-marmot-post-covid-19-we-must-build-back-fairer/"
  },
  {
    "id": "S-GM2021",
    "title": "Build Back Fairer in Greater Manchester: Health Equity and Dignified Lives",
    "publisher": "UCL Institute of Health Equity",
    "date": "2021-06-30",
    "url": "https://www.ucl.ac.uk/news/2021/jun/framework-reduce-inequities-future-generations-launched-professor-sir-michael-marmot"
  },
  {
    "id": "S-COVENTRY",
    "title": "Coventry Marmot City - the story so far",
    "publisher": "Coventry City Council",
    "date": "n.d.",
    "url": "https://www.coventry.gov.uk/marmot-monitoring-tool/coventry-marmot-city-story-far"
  },
  {
    "id": "S-LGA-MARMOT",
    "title": "Building fairer towns, cities and regions: insights from Marmot Places",
    "publisher": "Local Government Association",
    "date": "2024/25",
    "url": "https://www.local.gov.uk/publications/building-fairer-towns-cities-and-regions-insights-marmot-places"
  },
  {
    "id": "S-WALES-MARMOT",
    "title": "Wales to become world's first Marmot nation (lists 8 principles)",
    "publisher": "Cambrian News",
    "date": "2024",
    "url": "https://www.cambrian-news.co.uk/news/health/wales-to-become-worlds-first-marmot-nation-to-tackle-health-inequalities-803693"
  },
  {
    "id": "S-PHOF",
    "title": "Public Health Outcomes Framework (Fingertips profile 19) - overview and further information (two high-level outcomes; refreshed every three years, last 2019; not a performance-management tool)",
    "publisher": "OHID (formerly PHE)",
    "date": "ongoing",
    "url": "https://fingertips.phe.org.uk/profile/public-health-outcomes-framework"
  },
  {
    "id": "S-FTR",
    "title": "fingertipsR package README and vignettes (README: PHOF is ProfileID 19 and its indicator names carry PHOF codes, e.g. 90362/93505 'A01a - Healthy life expectancy at birth/at 65'; lifeExpectancy vignette: ID-name table)",
    "publisher": "rOpenSci fingertipsR",
    "date": "n.d.",
    "url": "https://github.com/ropensci/fingertipsR"
  },
  {
    "id": "S-TRAFFORD",
    "title": "Trafford Data Lab dashboard and corporate_plan repositories: scripts calling Fingertips by indicator ID, and output CSVs that keep the API's 'Indicator Name'",
    "publisher": "Trafford Data Lab",
    "date": "2019-2024",
    "url": "https://github.com/traffordDataLab/corporate_plan"
  },
  {
    "id": "S-RSCRIPTS",
    "title": "Public R scripts calling fingertipsR with ID+name pairs (v0.1 catch-all; v2 records the specific scripts as S-SEIDU, S-PHDSCRIPT, S-PHOFNAMES, S-WSXVIOL)",
    "publisher": "various",
    "date": "2023-2024",
    "url": "(GitHub code search; repository names not recorded)"
  },
  {
    "id": "S-KF-PBP",
    "title": "Place-based partnerships explained",
    "publisher": "The King's Fund",
    "date": "2022",
    "url": "https://www.kingsfund.org.uk/insight-and-analysis/long-reads/place-based-partnerships-explained"
  },
  {
    "id": "S-THRIVING",
    "title": "Thriving places: guidance on the development of place-based partnerships as part of statutory ICSs",
    "publisher": "NHS England & Local Government Association",
    "date": "2021-09",
    "url": "https://local.gov.uk/node/8266842"
  },
  {
    "id": "S-ICSGUIDE",
    "title": "Guidance on the preparation of integrated care strategies (updated 1 Feb 2024)",
    "publisher": "DHSC",
    "date": "2022-07-29 / 2024-02-01",
    "url": "https://www.gov.uk/government/publications/guidance-on-the-preparation-of-integrated-care-strategies"
  },
  {
    "id": "S-LGPIHA",
    "title": "Local Government and Public Involvement in Health Act 2007 s116ZB (integrated care strategies), as inserted by Health and Care Act 2022",
    "publisher": "legislation.gov.uk",
    "date": "2022",
    "url": "https://www.legislation.gov.uk/ukpga/2007/28/section/116ZB"
  },
  {
    "id": "S-KF-HWB",
    "title": "Health and wellbeing boards explained",
    "publisher": "The King's Fund",
    "date": "n.d.",
    "url": "https://www.kingsfund.org.uk/insight-and-analysis/long-reads/health-wellbeing-boards-explained"
  },
  {
    "id": "S-NHSCONFED",
    "title": "Integrated care strategy, health and wellbeing board and joint forward plan guidance: what you need to know",
    "publisher": "NHS Confederation",
    "date": "2023-01-17",
    "url": "https://www.nhsconfed.org/publications/integrated-care-strategy-and-health-and-wellbeing-board-guidance"
  },
  {
    "id": "S-IWP",
    "title": "Health and social care integration: joining up care for people, places and populations (Integration White Paper)",
    "publisher": "DHSC / DLUHC",
    "date": "2022-02-09",
    "url": "https://www.gov.uk/government/publications/health-and-social-care-integration-joining-up-care-for-people-places-and-populations"
  },
  {
    "id": "S-SHAREDOUT",
    "title": "Provide evidence of shared outcomes by March 2024, ICSs told (reporting DHSC shared outcomes guidance); shared outcomes toolkit for places",
    "publisher": "Healthcare Leader; DHSC toolkit (mirror)",
    "date": "2023-10-20",
    "url": "https://healthcareleadernews.com/integrated-care-boards/provide-evidence-of-shared-outcomes-by-march-2024-icss-told/"
  },
  {
    "id": "S-VCSE",
    "title": "Partnership agreements between ICBs and VCSE alliances; NHSE framework for addressing practical barriers to VCSE integration",
    "publisher": "Lev Pedro & Associates for NHSE; NHS England",
    "date": "2023",
    "url": "https://www.england.nhs.uk/long-read/a-framework-for-addressing-practical-barriers-to-integration-of-vcse-organisations-in-integrated-care-systems/"
  },
  {
    "id": "S-RBA",
    "title": "Results-Based Accountability guide; Turn the Curve exercise; Friedman, Trying Hard Is Not Good Enough (2005)",
    "publisher": "Fiscal Policy Studies Institute (raguide.org); Clear Impact",
    "date": "2005-",
    "url": "https://clearimpact.com/results-based-accountability/turn-the-curve-thinking/turn-curve-exercise-results-based-accountability/"
  },
  {
    "id": "S-10YHP",
    "title": "10 Year Health Plan for England: fit for the future",
    "publisher": "DHSC",
    "date": "2025-07-03",
    "url": "https://www.gov.uk/government/publications/10-year-health-plan-for-england-fit-for-the-future"
  },
  {
    "id": "S-LAB-HLE",
    "title": "Labour manifesto 2024 commitment to halve the HLE gap between richest and poorest regions (as quoted)",
    "publisher": "Health Equals",
    "date": "2024-07-05",
    "url": "https://healthequals.org.uk/data_insights/we-look-forward-to-working-with-labour-ensure-everyone-has-best-chance-of-good-health-no-matter-where-you-live"
  },
  {
    "id": "S-ICB-BLUEPRINT",
    "title": "Model ICB Blueprint briefing",
    "publisher": "NHS Providers",
    "date": "2025-05-08",
    "url": "https://nhsproviders.org/resources/model-icb-blueprint"
  },
  {
    "id": "S-SVD",
    "title": "Serious Violence Duty statutory guidance (ICBs are specified authorities)",
    "publisher": "Home Office",
    "date": "2022-12 (updated 2023-06-22)",
    "url": "https://www.gov.uk/government/publications/serious-violence-duty"
  },
  {
    "id": "S-TROWERS",
    "title": "Levelling up health and well-being (health mission sub-themes)",
    "publisher": "Trowers & Hamlins",
    "date": "2022-03",
    "url": "https://www.trowers.com/insights/2022/march/a-trowers-levelling-up-publication-levelling-up-health-and-well-being"
  },
  {
    "id": "S-EQUALLY",
    "title": "Tackling health inequalities: 'Marmot cities' (Coventry reports improved school readiness among progress since becoming a Marmot City)",
    "publisher": "Equally Ours",
    "date": "2015",
    "url": "https://www.equallyours.org.uk/tackling-health-inequalities-marmot-cities/"
  },
  {
    "id": "S-KF-2025",
    "title": "Place-based partnerships: challenges and opportunities (survey of 48 partnerships, 3 case studies)",
    "publisher": "The King's Fund",
    "date": "2025-04",
    "url": "https://healthcareleadernews.com/news/place-based-partnership-progress-hindered-by-governance-report-finds"
  },
  {
    "id": "S-FT-OPEN",
    "title": "fingertips-open (Fingertips source code): test constants class IndicatorIds pairing indicator IDs with names (e.g. PupilAbsence=10301, PeopleInEmployment=92313, GapInLifeExpectancyAtBirth=90365)",
    "publisher": "Public Health England / UKHSA (GitHub ukhsa-collaboration/fingertips-open)",
    "date": "snapshot 2020-01-14",
    "url": "https://github.com/ukhsa-collaboration/fingertips-open"
  },
  {
    "id": "S-FT-NEXT",
    "title": "FingertipsNext: search-setup/assets/indicators.json and DataCreator indicators.csv (indicator ID-name pairs from Fingertips metadata; the polarity values in these mock files are not reliable)",
    "publisher": "DHSC (GitHub dhsc-govuk/FingertipsNext)",
    "date": "snapshot 2025-08-07",
    "url": "https://github.com/dhsc-govuk/FingertipsNext"
  },
  {
    "id": "S-SEIDU",
    "title": "Seidu et al. (2024) R script 'Predicting inequalities in life expectancy by local authority using routine public health data': each fingertips_data(IndicatorID = ...) call is preceded by the indicator's name (two versions of the script)",
    "publisher": "public GitHub repository (name not returned by the code index; index file ids 35436344433 and 35892029296)",
    "date": "2024",
    "url": "(GitHub; repository not identified by the search index)"
  },
  {
    "id": "S-PHDSCRIPT",
    "title": "Public research R script listing Fingertips indicator IDs with names in comments (earnings, employment, NEET, problem debt, fuel poverty, affordability, suicide, wellbeing 22301-22304, outdoor space, physical activity, QOF prevalences)",
    "publisher": "public GitHub repository (name not returned by the code index; index file id 39214027203)",
    "date": "n.d. (c. 2023)",
    "url": "(GitHub; repository not identified by the search index)"
  },
  {
    "id": "S-PHOFNAMES",
    "title": "Public R script pulling PHOF (ProfileID 19) with fingertipsR and renaming columns whose Fingertips names carry PHOF codes (B08a, B09b, B11, B15a, B16, B17, B19, C04, C11a, C14b, C17b, E10); its ID filter lists 12 IDs in the same order as the names",
    "publisher": "public GitHub repository (name not returned by the code index; index file id 49636042508)",
    "date": "n.d.",
    "url": "(GitHub; repository not identified by the search index)"
  },
  {
    "id": "S-WSXVIOL",
    "title": "West Sussex public health R script on violence indicators: labels Fingertips 11201 as 'Indicator B12a - Violent crime hospital admissions for violence (including sexual violence)'",
    "publisher": "public GitHub repository by user psychty (name not returned by the code index; index file ids 23324635777, 23647023579)",
    "date": "c. 2022",
    "url": "(GitHub user psychty; repository not identified by the search index)"
  },
  {
    "id": "S-ONS-LUDA",
    "title": "LUDA-Scripts: code behind the ONS Levelling Up Data Analysis dashboard / Subnational Indicators Explorer (one script per mission metric; notebook listing which White Paper technical-annex metrics exist per mission; states Fingertips 93722 is the U75 preventable CVD mortality metric used for Mission 7)",
    "publisher": "Michael Nairn, ONS Subnational Statistics (GitHub MichaelGNairn/LUDA-Scripts)",
    "date": "2022-09 to 2023-03",
    "url": "https://github.com/MichaelGNairn/LUDA-Scripts"
  },
  {
    "id": "S-TECHANNEX",
    "title": "Levelling Up the United Kingdom: Technical annex - missions and metrics (NOT read in this pass; located via S-ONS-LUDA; the primary source to check remaining mission-metric and headline questions)",
    "publisher": "DLUHC",
    "date": "2022-02-02",
    "url": "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/1054766/Technical_annex_-_missions_and_metrics.pdf"
  },
  {
    "id": "S-GOVMISSIONS",
    "title": "Plan for Change: Milestones for mission-led government (mission headings: Kickstarting economic growth; An NHS fit for the future; Safer streets; Break down barriers to opportunity; Make Britain a clean energy superpower)",
    "publisher": "HM Government (Prime Minister's Office)",
    "date": "2024-12-05",
    "url": "https://www.gov.uk/government/missions"
  },
  {
    "id": "S-PQ-C20CYP",
    "title": "Written answer 'Health: Children': NHS England published Core20PLUS5 for children and young people in November 2022 (asthma, diabetes, epilepsy, oral health, mental health)",
    "publisher": "UK Parliament (via Parallel Parliament); answered by Neil O'Brien",
    "date": "2023-02-23",
    "url": "https://parallelparliament.co.uk/question/147390/health-children"
  },
  {
    "id": "S-C20-CYP-INFO",
    "title": "Core20PLUS5 infographic - Children and young people (target population and the five clinical areas)",
    "publisher": "NHS England",
    "date": "n.d.",
    "url": "https://www.england.nhs.uk/long-read/core20plus5-infographic-children-and-young-people/"
  },
  {
    "id": "S-SRPV-C20",
    "title": "Core20Plus5 - the NHS England initiative to reduce health inequalities (summary of adult targets: 75% MCoC, 60% SMI checks, 75% stage 1/2 by 2028)",
    "publisher": "SRPV",
    "date": "n.d.",
    "url": "https://srpv.org.uk/srpv/content/core20plus5-nhs-england-initiative-reduce-health-inequalities"
  },
  {
    "id": "S-RCM-MCOC",
    "title": "RCM welcomes removal of continuity of carer targets (NHS England removed all MCoC implementation targets with immediate effect; support to focus on Black, Asian and mixed ethnicity women)",
    "publisher": "Royal College of Midwives",
    "date": "2022-09-21",
    "url": "https://www.rcm.org.uk/news-views/news/2022/rcm-welcomes-removal-of-continuity-of-carer-targets/"
  },
  {
    "id": "S-IHE-PLACES",
    "title": "Marmot Places (lists the 'Marmot Eight' principles used by Marmot Places)",
    "publisher": "UCL Institute of Health Equity",
    "date": "n.d.",
    "url": "https://www.instituteofhealthequity.org/taking-action/marmot-places"
  },
  {
    "id": "S-BIGISSUE-MARMOT",
    "title": "What are the eight Marmot Principles and how could they transform the health of a local area? (Jessica Allen, IHE: more than 60 Marmot Places covering over 43% of the UK population)",
    "publisher": "The Big Issue",
    "date": "n.d. (c. 2025)",
    "url": "https://www.bigissue.com/life/health/what-are-the-eight-marmot-principles"
  },
  {
    "id": "S-PU-IJEH",
    "title": "Towards health equity: a framework for the application of proportionate universalism (says the Strategic Review of Health Inequalities in England introduced the term: universal action with scale and intensity proportionate to disadvantage)",
    "publisher": "International Journal for Equity in Health 14:81",
    "date": "2015",
    "url": "https://equityhealthj.biomedcentral.com/articles/10.1186/s12939-015-0207-6"
  },
  {
    "id": "S-DLUHC-DEVO60",
    "title": "Press release: 60 per cent of England now covered by historic devolution deals (up from 41 per cent when the White Paper was published)",
    "publisher": "DLUHC (text via ukpol.co.uk)",
    "date": "2024-01-26",
    "url": "https://ukpol.co.uk/press-release-60-per-cent-of-england-now-covered-by-historic-devolution-deals-january-2024"
  },
  {
    "id": "S-DEVO-AR2223",
    "title": "Annual report on devolution 2022 to 2023 (restates the Mission 12 wording)",
    "publisher": "DLUHC",
    "date": "2024-03-26",
    "url": "https://www.gov.uk/government/publications/annual-report-on-devolution-2022-to-2023/annual-report-on-devolution-2022-to-2023"
  },
  {
    "id": "S-CASE-RD",
    "title": "CaSE takes a deeper look at the Levelling-up white paper (quotes Mission 2; Greater South East = London, South East, East of England)",
    "publisher": "Campaign for Science and Engineering",
    "date": "2022-02-03",
    "url": "https://www.sciencecampaign.org.uk/analysis-and-publications/detail/case-takes-a-deeper-look-at-the-levelling-up-white-paper/"
  },
  {
    "id": "S-PHASE3",
    "title": "Third phase of NHS response to COVID-19 (letter of 31 July 2020; implementation materials of 7 Aug 2020 include 'urgent actions to address inequalities in NHS provision and outcomes')",
    "publisher": "NHS England",
    "date": "2020-07-31 / 2020-08-07",
    "url": "https://www.england.nhs.uk/coronavirus/publication/third-phase-response/"
  },
  {
    "id": "S-NHSP-8ACTIONS",
    "title": "Same storm, different boats: tackling inequalities in the recovery from COVID-19 (notes eight action points on inequalities in the phase 3 letter)",
    "publisher": "NHS Providers",
    "date": "2020",
    "url": "https://nhsproviders.org/same-storm-different-boats/tackling-inequalities-in-the-recovery-from-covid-19"
  },
  {
    "id": "S-STAFFS-HI",
    "title": "Health Inequalities Report: ICB response to the s13SA statement (ten domains aligned to the five priority areas and Core20PLUS5; breakdowns by sex, age, deprivation, ethnicity)",
    "publisher": "Staffordshire and Stoke-on-Trent ICB",
    "date": "2024-05-31",
    "url": "https://staffsstoke.icb.nhs.uk/health-inequalities-report/"
  },
  {
    "id": "S-NW-PFC-READY",
    "title": "PM sets target of 75 per cent of Reception children school-ready in Plan for Change (milestone measured as 75% of five-year-olds reaching a good level of development in the EYFS assessment by 2028, from 67.7%)",
    "publisher": "Nursery World",
    "date": "2024-12",
    "url": "https://nurseryworld.co.uk/content/news/pm-sets-target-of-75-per-cent-of-reception-children-school-ready-in-plan-for-change"
  },
  {
    "id": "S-FF-READY",
    "title": "Government tracker: 75% of five-year-olds ready to learn (Plan for Change milestone of 5 Dec 2024, measured by the EYFS good level of development)",
    "publisher": "Full Fact",
    "date": "2025",
    "url": "https://fullfact.org/government-tracker/75-percent-ready-to-learn"
  },
  {
    "id": "S-WMS-ICB-2025",
    "title": "Integrated Care Boards: Running Costs and Boundary Alignment with Strategic Authorities (written ministerial statement: ICB senior leadership teams go from 42 to 26 through clustering; first new ICB footprints take effect 1 April 2026)",
    "publisher": "House of Commons (written statement, via Parallel Parliament)",
    "date": "2025-09-09",
    "url": "https://parallelparliament.co.uk/debate/2025-09-09/commons/written-statements/integrated-care-boards-running-costs-and-boundary-alignment-with-strategic-authorities/ministerial-extracts"
  },
  {
    "id": "S-CONFED-ICB-MERGE",
    "title": "ICB clusters and mergers: what you need to know (42 ICBs; first mergers approved to take effect 1 April 2026; further decisions for 1 April 2027; updated 6 Oct 2025)",
    "publisher": "NHS Confederation",
    "date": "2025-10-06",
    "url": "https://www.nhsconfed.org/publications/icb-clusters-and-mergers"
  },
  {
    "id": "S-INDY-NHSE",
    "title": "Prime Minister announces the abolition of NHS England (its functions to move into the Department of Health and Social Care)",
    "publisher": "The Independent",
    "date": "2025-03-13",
    "url": "https://www.the-independent.com/news/uk/home-news/nhs-england-keir-starmer-department-of-health-and-social-care-wes-streeting-government-b2714455.html"
  }
];
