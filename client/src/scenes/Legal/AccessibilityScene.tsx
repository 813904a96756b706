import { PageHeading } from "../../components/PageHeading.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";

/**
 * Accessibility statement in the GOV.UK model format that the Public Sector
 * Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
 * 2018 expect. What is and is not compliant comes from the automated axe
 * checks in tests/browser and from what has not been tested yet; keep it true
 * when either changes.
 */
export function AccessibilityScene() {
  useDocumentTitle("Accessibility statement");
  return (
    <div className="prose">
      <PageHeading>Accessibility statement for Jigsaw</PageHeading>
      <p className="lead">
        This accessibility statement applies to Jigsaw, the service where partners write a place plan together, and to the documents it
        exports.
      </p>
      <p>This service is run by the organisation that provides it to your partnership. We want as many people as possible to be able to use it. For example, that means you should be able to:</p>
      <ul>
        <li>change colours, contrast levels and fonts using browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen, and switch on larger text from the account menu</li>
        <li>navigate most of the service using just a keyboard</li>
        <li>navigate most of the service using speech recognition software</li>
        <li>listen to most of the service using a screen reader</li>
      </ul>
      <p>We have also made the text as simple as possible to understand. AbilityNet has advice on making your device easier to use if you have a disability.</p>

      <h2>How accessible this service is</h2>
      <p>We know some parts of this service are not fully accessible:</p>
      <ul>
        <li>when several people edit a plan at once, where the others are working is shown by coloured cursors and names in the text; a screen reader does not announce their movements</li>
        <li>some complex tables in the plan (actions, indicators and risks) can be hard to use with a screen reader on a small screen</li>
        <li>the two-factor set-up shows a key to type into an authenticator app rather than a QR code, and the authenticator app itself is outside our control</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information in a different format, or find a problem not listed on this page, tell your partnership&apos;s facilitator
        or the organisation that runs this service. We will consider your request and get back to you within 10 working days.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we
        respond to your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2>Technical information about this service&apos;s accessibility</h2>
      <p>
        The organisation that runs this service is committed to making it accessible, in accordance with the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3>Compliance status</h3>
      <p>
        This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the
        non-compliances listed below.
      </p>

      <h2>Non-accessible content</h2>
      <h3>Non-compliance with the accessibility regulations</h3>
      <ul>
        <li>
          Other people&apos;s cursors and selections while co-editing are shown visually only and are not announced to screen readers. This
          fails WCAG 2.2 success criterion 4.1.3 (Status Messages) for that information. Who is editing is listed in the presence bar above
          the plan, which screen readers can read.
        </li>
        <li>
          The service has not yet been tested by disabled people or with every assistive technology. Automated checks (axe, WCAG 2.2 A and
          AA rules) run on every main page at desktop and 360-pixel widths and find no serious or critical issues, but automated checks find
          only some kinds of problem. Until manual testing with screen readers (NVDA, JAWS, VoiceOver) and speech recognition is done, we
          cannot say the service meets success criteria that need human judgement, such as 1.3.1 (Info and Relationships) in the plan
          editor and 2.4.6 (Headings and Labels) in long plans.
        </li>
        <li>Exported Word documents use headings and table headers, but their accessibility has not been checked with a screen reader. Exported PDFs are tagged (PDF/UA structure, language and title).</li>
      </ul>
      <h3>Disproportionate burden</h3>
      <p>We are not claiming disproportionate burden for any part of this service.</p>
      <h3>Content that&apos;s not within the scope of the accessibility regulations</h3>
      <p>Plan text, comments and documents written by partners are third-party content. We give authors headings, lists and table tools so that what they write can be accessible.</p>

      <h2>What we&apos;re doing to improve accessibility</h2>
      <ul>
        <li>Run a manual audit against WCAG 2.2 AA, including the co-editing editor, with screen reader and speech recognition users.</li>
        <li>Announce other people&apos;s edits to the section you are in, on request, without flooding screen readers.</li>
        <li>Check exported Word documents with a screen reader.</li>
      </ul>

      <h2>Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on 7 December 2026. It was last reviewed on 7 December 2026. The service was last tested with
        automated checks (axe-core in Chromium) on its sign-in, sign-up, password reset, two-factor, partnership, plan editor, comments,
        meeting, agreement and outcomes pages; every change to the service runs those checks again.
      </p>
    </div>
  );
}
