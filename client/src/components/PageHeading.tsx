import type { ReactNode } from "react";

/** Props for a page heading. */
export interface PageHeadingProps {
  children: ReactNode;
  /** A small line above the heading, e.g. the partnership's place. */
  caption?: ReactNode;
  id?: string;
}

/** The page's h1; receives focus after client-side navigation (see useRouteFocus). */
export function PageHeading({ children, caption, id }: PageHeadingProps) {
  return (
    <div className="page-heading">
      {caption && <span className="page-heading__caption">{caption}</span>}
      <h1 className="page-heading__title" tabIndex={-1} data-route-heading="page" id={id}>
        {children}
      </h1>
    </div>
  );
}
