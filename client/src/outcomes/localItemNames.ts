import type { PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import { indexModel, type OutcomesModel } from "@jigsaw/shared/outcomes/index";

/** The name of a term, outcome or indicator of the model (its id when it has none). */
export function nameOf(model: OutcomesModel, id: string): string {
  const idx = indexModel(model);
  return idx.terms.get(id)?.label ?? idx.outcomes.get(id)?.label ?? idx.indicators.get(id)?.name ?? id;
}

/** The name of a local item (a link: "from → to"). */
export function itemName(model: OutcomesModel, item: PresentedExtensionItem): string {
  return item.kind === "link" ? `${nameOf(model, item.value.from)} → ${nameOf(model, item.value.to)}` : item.value.label;
}

/** The line under an item's name: a link's reason, an indicator's caveats, a source's publisher and date. */
export function itemLine(item: PresentedExtensionItem): string {
  if (item.kind === "link") return item.value.rationale;
  if (item.kind === "indicator") return [`${item.value.unit} · ${item.value.dataSource}`, item.value.note].filter(Boolean).join(" · ");
  if (item.kind === "source") return `${item.value.publisher}, ${item.value.date} · ${item.value.url}`;
  return item.value.plainEnglish;
}
