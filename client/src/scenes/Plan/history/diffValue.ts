import { formatIndicatorValue } from "@jigsaw/shared/plan/index";

function isPoint(x: unknown): x is { period: string; value: number | null } {
  return x !== null && typeof x === "object" && typeof (x as { period?: unknown }).period === "string";
}

/** A changed field's value as short text ("(empty)", a list, an indicator series as "2019 58.1; 2020 57.7"). */
export function diffValueText(v: unknown): string {
  if (v === null || v === undefined || v === "") return "(empty)";
  if (Array.isArray(v)) {
    if (v.length === 0) return "(none)";
    return v.every(isPoint) ? v.map((p) => `${p.period} ${formatIndicatorValue(p.value)}`).join("; ") : v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
  }
  if (typeof v === "object") {
    const o = v as { area?: { name?: string }; series?: unknown };
    if (o.area && Array.isArray(o.series)) return `${o.area.name ?? ""}: ${diffValueText(o.series)}`;
    return JSON.stringify(v);
  }
  return String(v);
}
