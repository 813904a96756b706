import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AnnouncerProvider } from "./hooks/useAnnounce.tsx";
import { PartnershipsProvider } from "./hooks/usePartnerships.tsx";
import { SessionProvider } from "./hooks/useSession.tsx";
import { routes } from "./routes/routes.tsx";

const router = createBrowserRouter(routes);

/** The Jigsaw client: session, partnerships and announcer around the router. */
export function App() {
  return (
    <SessionProvider>
      <PartnershipsProvider>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </PartnershipsProvider>
    </SessionProvider>
  );
}
