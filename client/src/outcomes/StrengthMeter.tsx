import { strengthRank, type Strength } from "@jigsaw/shared/outcomes/index";

/** Three small bars showing a link's strength (decorative; say the strength in text next to it). */
export function StrengthMeter({ strength }: { strength: Strength | "exact" }) {
  const n = strength === "exact" ? 3 : strengthRank(strength);
  return (
    <span className="oc-meter" aria-hidden="true">
      {[1, 2, 3].map((i) => (
        <span key={i} className={`oc-meter__bar${i <= n ? " oc-meter__bar--on" : ""}`} />
      ))}
    </span>
  );
}
