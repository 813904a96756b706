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
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";

/** Create a partnership; the creator becomes its first facilitator. */
export function CreatePartnershipScene() {
  useDocumentTitle("Create a partnership");
  const navigate = useNavigate();
  const announce = useAnnounce();
  const partnerships = usePartnerships();
  const form = useSchemaForm({
    schema: PartnershipCreateSchema,
    initialValues: { name: "", place: "", description: "", organisation: "", sector: "" as Sector | "" },
    toInput: (v) => ({ ...v, sector: v.sector || undefined }),
    messages: { sector: "Choose your sector" },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      const created = await api.createPartnership(data);
      partnerships.reload();
      announce(`Partnership "${created.data.name}" created`);
      navigate(`/partnerships/${created.data.id}/plans`);
    },
  });
  const { errors } = form;
  return (
    <div className="narrow">
      <Breadcrumbs items={[{ label: "Partnerships", to: "/partnerships" }, { label: "Create a partnership" }]} />
      <ErrorSummary {...form.summaryProps} />
      <PageHeading>Create a partnership</PageHeading>
      <p className="lead">You will be the partnership’s first facilitator. You can invite partners once it is created.</p>
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field("name")} label="Partnership name" hint="For example, Riverside Place Partnership" maxLength={Limits.partnershipNameMax} />
        <TextField {...form.field("place")} label="Place" hint="The area the partnership covers, for example Riverside" maxLength={Limits.placeMax} />
        <TextAreaField {...form.field("description")} label="Description (optional)" hint="What the partnership is for, in a sentence or two" maxLength={Limits.descriptionMax} />
        <h2 className="form-section">About you</h2>
        <TextField {...form.field("organisation")} label="Your organisation" hint="How other members will see where you are from, for example Riverside Borough Council" autoComplete="organization" maxLength={Limits.organisationMax} />
        <SectorField legend="Your sector" value={form.values.sector} error={errors.sector} onChange={(s) => form.setValue("sector", s)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? "Creating…" : "Create partnership"}
          </button>
          <Link to="/partnerships" className="button button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
