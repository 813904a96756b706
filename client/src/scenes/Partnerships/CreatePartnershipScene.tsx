import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { PartnershipCreateSchema } from "@jigsaw/shared/domain/partnership";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../api/index.ts";
import { Breadcrumbs } from "../../components/Breadcrumbs.tsx";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { SectorField } from "../../components/SectorField.tsx";
import { TextAreaField } from "../../components/TextAreaField.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useAnnounce } from "../../hooks/useAnnounce.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { usePartnerships } from "../../hooks/usePartnerships.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../utils/formErrors.ts";

const FIELDS = ["name", "place", "description", "organisation", "sector"] as const;

/** Create a partnership; the creator becomes its first facilitator. */
export function CreatePartnershipScene() {
  useDocumentTitle("Create a partnership");
  const navigate = useNavigate();
  const announce = useAnnounce();
  const partnerships = usePartnerships();
  const [values, setValues] = useState({ name: "", place: "", description: "", organisation: "", sector: "" as Sector | "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const v = validateWith(PartnershipCreateSchema, values.sector ? values : { ...values, sector: undefined });
    if (!v.ok) {
      if (v.errors.sector) v.errors.sector = "Choose your sector";
      return setErrors(v.errors);
    }
    setBusy(true);
    try {
      const created = await api.createPartnership(v.data);
      partnerships.reload();
      announce(`Partnership "${created.data.name}" created`);
      navigate(`/partnerships/${created.data.id}/plans`);
    } catch (err) {
      setErrors(errorsFromApi(err, FIELDS));
      setBusy(false);
    }
  }

  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  return (
    <div className="narrow">
      <Breadcrumbs items={[{ label: "Partnerships", to: "/partnerships" }, { label: "Create a partnership" }]} />
      <ErrorSummary errors={errors} submitCount={submits} />
      <PageHeading>Create a partnership</PageHeading>
      <p className="lead">You will be the partnership’s first facilitator. You can invite partners once it is created.</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField name="name" label="Partnership name" hint="For example, Riverside Place Partnership" maxLength={Limits.partnershipNameMax} value={values.name} error={errors.name} onChange={set("name")} />
        <TextField name="place" label="Place" hint="The area the partnership covers, for example Riverside" maxLength={Limits.placeMax} value={values.place} error={errors.place} onChange={set("place")} />
        <TextAreaField name="description" label="Description (optional)" hint="What the partnership is for, in a sentence or two" maxLength={Limits.descriptionMax} value={values.description} error={errors.description} onChange={set("description")} />
        <h2 className="form-section">About you</h2>
        <TextField name="organisation" label="Your organisation" hint="How other members will see where you are from, for example Riverside Borough Council" autoComplete="organization" maxLength={Limits.organisationMax} value={values.organisation} error={errors.organisation} onChange={set("organisation")} />
        <SectorField legend="Your sector" value={values.sector} error={errors.sector} onChange={(s) => setValues({ ...values, sector: s })} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Creating…" : "Create partnership"}
          </button>
          <Link to="/partnerships" className="button button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
