import type { OutcomeInput } from "../schema.ts";

/**
 * Neutral shared outcomes (the model's own layer, a proposal to edit locally), with each sector's reading.
 */
export const OUTCOMES: OutcomeInput[] = [
  {
    "id": "SO-01",
    "label": "Good work and decent incomes",
    "plainEnglish": "More people in good, secure, fairly paid work and fewer households in poverty.",
    "readings": {
      "council": "Jobs, pay, living standards (Mission 1)",
      "nhs": "Employment as a determinant of health; NHS as anchor employer",
      "voluntary": "Employment support, advice, financial inclusion",
      "community": "Enough money to live on; a decent job"
    }
  },
  {
    "id": "SO-02",
    "label": "Best start in life",
    "plainEnglish": "Children are healthy and ready to learn; early years gaps close.",
    "readings": {
      "council": "School readiness, KS2 attainment (Mission 5)",
      "nhs": "Core20PLUS5 CYP; maternity; healthy child programme",
      "voluntary": "Family hubs, parenting, early help",
      "community": "Children get a good start"
    }
  },
  {
    "id": "SO-03",
    "label": "Skills and lifelong learning",
    "plainEnglish": "Young people and adults gain skills and qualifications that lead to good work.",
    "readings": {
      "council": "Skills (Mission 6), NEET",
      "nhs": "Workforce pipelines from Core20 communities",
      "voluntary": "Adult learning, volunteering",
      "community": "Learning and getting on"
    }
  },
  {
    "id": "SO-04",
    "label": "Longer, healthier lives with a smaller gap",
    "plainEnglish": "Healthy life expectancy rises and the gap between most and least deprived communities narrows.",
    "readings": {
      "council": "Mission 7 (HLE)",
      "nhs": "HLE gap; Core20PLUS5; prevention",
      "voluntary": "Community health, social prescribing",
      "community": "Living longer in good health"
    }
  },
  {
    "id": "SO-05",
    "label": "Good mental wellbeing and connection",
    "plainEnglish": "People feel satisfied with life and connected; loneliness, self-harm and suicide fall.",
    "readings": {
      "council": "Mission 8 (well-being)",
      "nhs": "SMI health checks; CYP mental health access",
      "voluntary": "Peer support, befriending",
      "community": "Feeling good and not alone"
    }
  },
  {
    "id": "SO-06",
    "label": "Safe, warm, decent homes",
    "plainEnglish": "Homes are decent, warm and affordable; homelessness falls.",
    "readings": {
      "council": "Mission 10 (housing)",
      "nhs": "Respiratory disease, inclusion health (homelessness)",
      "voluntary": "Housing advice, homelessness support",
      "community": "A safe, warm home"
    }
  },
  {
    "id": "SO-07",
    "label": "Safe communities",
    "plainEnglish": "Violence and neighbourhood crime fall, especially where highest.",
    "readings": {
      "council": "Mission 11 (crime); community safety partnership",
      "nhs": "Serious Violence Duty; violence-related admissions",
      "voluntary": "Youth work, violence reduction",
      "community": "Feeling safe"
    }
  },
  {
    "id": "SO-08",
    "label": "Healthy, connected places",
    "plainEnglish": "Good transport, clean air, green space and active travel make healthy choices easy.",
    "readings": {
      "council": "Mission 3 (transport); planning",
      "nhs": "Access to services; air pollution and respiratory health",
      "voluntary": "Community transport, green spaces",
      "community": "Easy to get around, clean air"
    }
  },
  {
    "id": "SO-09",
    "label": "Pride, belonging and community power",
    "plainEnglish": "People are proud of their area, take part in local life and shape decisions.",
    "readings": {
      "council": "Mission 9 (pride in place); Mission 12",
      "nhs": "Community engagement, co-production",
      "voluntary": "Community assets, volunteering",
      "community": "Belonging and having a say"
    }
  },
  {
    "id": "SO-10",
    "label": "Fair access to health and care",
    "plainEnglish": "People in Core20 and PLUS groups get timely, effective care and prevention.",
    "readings": {
      "council": "Public health services; social care",
      "nhs": "Services restored fairly and prevention that reaches those at greatest risk (Core20PLUS5)",
      "voluntary": "Outreach, trusted messengers",
      "community": "Getting the care you need"
    }
  },
  {
    "id": "SO-11",
    "label": "Digital inclusion",
    "plainEnglish": "Everyone can get online and use digital services confidently.",
    "readings": {
      "council": "Mission 4 (digital connectivity)",
      "nhs": "Digital services that do not shut people out",
      "voluntary": "Digital skills and devices",
      "community": "Being able to get online"
    }
  },
  {
    "id": "SO-12",
    "label": "Strong local leadership, data and accountability",
    "plainEnglish": "Partners share data, leadership and accountability for outcomes at place.",
    "readings": {
      "council": "Mission 12 (devolution); HWB",
      "nhs": "Complete, timely data and senior leaders answerable for health inequalities",
      "voluntary": "VCSE alliance seat at the table",
      "community": "Knowing who is responsible"
    }
  },
  {
    "id": "SO-13",
    "label": "Fairness for all groups",
    "plainEnglish": "Racism and discrimination and their effects on health and opportunity are tackled.",
    "readings": {
      "council": "Equality duty; community cohesion",
      "nhs": "PLUS groups; ethnicity data; maternity",
      "voluntary": "Community-led equality work",
      "community": "Being treated fairly"
    }
  },
  {
    "id": "SO-14",
    "label": "Inclusive, green local economy",
    "plainEnglish": "Investment, innovation and anchor institutions benefit local people and the environment.",
    "readings": {
      "council": "Mission 2 (R&D); net zero",
      "nhs": "Anchor institution; greener NHS",
      "voluntary": "Social enterprise, social value",
      "community": "Local wealth stays local"
    }
  }
];
