import { createElement } from "react";
import { Navigate, type RouteObject } from "react-router";
import { AppShell } from "../components/layout/AppShell.tsx";
import { HomeRedirect, RequireAuth } from "./RequireAuth.tsx";
import { RouteError } from "./RouteError.tsx";
import { lazyScene } from "./lazyScene.ts";

const SignInScene = lazyScene(() => import("../scenes/Auth/SignInScene.tsx"), "SignInScene");
const SignUpScene = lazyScene(() => import("../scenes/Auth/SignUpScene.tsx"), "SignUpScene");
const SignOutScene = lazyScene(() => import("../scenes/Auth/SignOutScene.tsx"), "SignOutScene");
const ForgotPasswordScene = lazyScene(() => import("../scenes/Auth/ForgotPasswordScene.tsx"), "ForgotPasswordScene");
const ResetPasswordScene = lazyScene(() => import("../scenes/Auth/ResetPasswordScene.tsx"), "ResetPasswordScene");
const VerifyEmailScene = lazyScene(() => import("../scenes/Auth/VerifyEmailScene.tsx"), "VerifyEmailScene");
const SecurityScene = lazyScene(() => import("../scenes/Account/SecurityScene.tsx"), "SecurityScene");
const YourDataScene = lazyScene(() => import("../scenes/Account/YourDataScene.tsx"), "YourDataScene");
const PrivacyScene = lazyScene(() => import("../scenes/Legal/PrivacyScene.tsx"), "PrivacyScene");
const AccessibilityScene = lazyScene(() => import("../scenes/Legal/AccessibilityScene.tsx"), "AccessibilityScene");
const InviteScene = lazyScene(() => import("../scenes/Invite/InviteScene.tsx"), "InviteScene");
const PartnershipsScene = lazyScene(() => import("../scenes/Partnerships/PartnershipsScene.tsx"), "PartnershipsScene");
const CreatePartnershipScene = lazyScene(() => import("../scenes/Partnerships/CreatePartnershipScene.tsx"), "CreatePartnershipScene");
const PartnershipScene = lazyScene(() => import("../scenes/Partnership/PartnershipScene.tsx"), "PartnershipScene");
const PlansPanel = lazyScene(() => import("../scenes/Partnership/components/PlansPanel.tsx"), "PlansPanel");
const MembersPanel = lazyScene(() => import("../scenes/Partnership/components/MembersPanel.tsx"), "MembersPanel");
const InvitesPanel = lazyScene(() => import("../scenes/Partnership/components/InvitesPanel.tsx"), "InvitesPanel");
const PlanScene = lazyScene(() => import("../scenes/Plan/PlanScene.tsx"), "PlanScene");
const OutcomesScene = lazyScene(() => import("../scenes/Outcomes/OutcomesScene.tsx"), "OutcomesScene");
const PartnershipOutcomesPanel = lazyScene(() => import("../scenes/Partnership/components/PartnershipOutcomesPanel.tsx"), "PartnershipOutcomesPanel");
const SearchScene = lazyScene(() => import("../search/SearchScene.tsx"), "SearchScene");
const NotificationSettingsScene = lazyScene(() => import("../notifications/NotificationSettingsScene.tsx"), "NotificationSettingsScene");
const NotFoundScene = lazyScene(() => import("../scenes/NotFound/NotFoundScene.tsx"), "NotFoundScene");

const el = createElement;

/**
 * The route table. Paths:
 * `/signin`, `/signup`, `/signout`, `/forgot-password`, `/reset-password`,
 * `/verify-email`, `/invite/:token`, `/partnerships`,
 * `/partnerships/new`, `/partnerships/:partnershipId/{plans,members,invites}`,
 * `/plans/:planId`, `/account`, `/account/security`, `/account/data`,
 * `/privacy`, `/accessibility`.
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    element: el(AppShell),
    errorElement: el(RouteError),
    children: [
      {
        // Errors inside a page render within the app shell.
        errorElement: el(RouteError),
        children: [
          { index: true, element: el(HomeRedirect) },
          { path: "signin", element: el(SignInScene) },
          { path: "signup", element: el(SignUpScene) },
          { path: "signout", element: el(SignOutScene) },
          { path: "forgot-password", element: el(ForgotPasswordScene) },
          { path: "reset-password", element: el(ResetPasswordScene) },
          { path: "verify-email", element: el(VerifyEmailScene) },
          { path: "privacy", element: el(PrivacyScene) },
          { path: "accessibility", element: el(AccessibilityScene) },
          { path: "invite/:token", element: el(InviteScene) },
          {
            element: el(RequireAuth),
            children: [
              { path: "partnerships", element: el(PartnershipsScene) },
              { path: "partnerships/new", element: el(CreatePartnershipScene) },
              {
                path: "partnerships/:partnershipId",
                element: el(PartnershipScene),
                children: [
                  { index: true, element: el(Navigate, { to: "plans", replace: true }) },
                  { path: "plans", element: el(PlansPanel) },
                  { path: "members", element: el(MembersPanel) },
                  { path: "invites", element: el(InvitesPanel) },
                  { path: "outcomes", element: el(PartnershipOutcomesPanel) },
                ],
              },
              { path: "plans/:planId", element: el(PlanScene) },
              { path: "outcomes", element: el(OutcomesScene) },
              { path: "search", element: el(SearchScene) },
              { path: "account", element: el(NotificationSettingsScene) },
              { path: "account/security", element: el(SecurityScene) },
              { path: "account/data", element: el(YourDataScene) },
            ],
          },
          { path: "*", element: el(NotFoundScene) },
        ],
      },
    ],
  },
];
