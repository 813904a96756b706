import type { ModelDataInput } from "../schema.ts";
import { FRAMEWORKS } from "./frameworks.ts";
import { GLOSSARY_TERMS } from "./glossary.ts";
import { INDICATORS } from "./indicators.ts";
import { CORE_LINKS } from "./links.ts";
import { OUTCOMES } from "./outcomes.ts";
import { SOURCES } from "./sources.ts";
import { CORE_TERMS } from "./terms.ts";

/** The shipped model data, before validation. `loadModel()` parses it. */
export const MODEL_DATA: ModelDataInput = {
  sources: SOURCES,
  frameworks: FRAMEWORKS,
  terms: [...CORE_TERMS, ...GLOSSARY_TERMS],
  outcomes: OUTCOMES,
  indicators: INDICATORS,
  links: CORE_LINKS,
};
