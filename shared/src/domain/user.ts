import { z } from "zod";
import { Limits } from "../validations.ts";

/** Email as typed by a person: trimmed and lower-cased before use. */
export const EmailSchema = z
  .string()
  .trim()
  .max(Limits.emailMax, "Email is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((e) => e.toLowerCase());

/**
 * Password rules per NIST SP 800-63B: a length floor and ceiling, no
 * composition rules, every printable character (including spaces) allowed.
 */
export const PasswordSchema = z
  .string()
  .min(Limits.passwordMin, `Use at least ${Limits.passwordMin} characters`)
  .max(Limits.passwordMax, `Use at most ${Limits.passwordMax} characters`);

/** A display name shown to other members. */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(Limits.displayNameMax, "Name is too long");

/** Sign-up request body. */
export const SignUpSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
});
/** Sign-up request body. */
export type SignUpInput = z.infer<typeof SignUpSchema>;

/** A six-digit code from an authenticator app (spaces typed in the middle are ignored). */
export const TotpCodeSchema = z
  .string()
  .transform((c) => c.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app"));

/** Sign-in request body. `code` is needed when the account has two-factor sign-in on. */
export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(Limits.passwordMax),
  code: TotpCodeSchema.optional(),
});
/** Sign-in request body. */
export type SignInInput = z.infer<typeof SignInSchema>;

/** Ask for a password reset link. */
export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });

/** A single-use link's secret, as taken from the link. */
export const LinkTokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, "This link is not valid");

/** Choose a new password with a reset link. */
export const PasswordResetSchema = z.strictObject({ token: LinkTokenSchema, password: PasswordSchema });

/** Verify an email address with the emailed link. */
export const VerifyEmailSchema = z.strictObject({ token: LinkTokenSchema });

/** Turn on two-factor sign-in: the secret offered by setup and a current code from the app. */
export const TotpEnableSchema = z.strictObject({
  secret: z.string().regex(/^[A-Z2-7]{32}$/, "Start the set-up again"),
  code: TotpCodeSchema,
});

/** Turn two-factor sign-in off: a current code proves the app is still in hand. */
export const TotpDisableSchema = z.strictObject({ code: TotpCodeSchema });

/** Erase my account: confirmed with the password (and a code when two-factor sign-in is on). */
export const AccountEraseSchema = z.strictObject({
  password: z.string().min(1, "Enter your password").max(Limits.passwordMax),
  code: TotpCodeSchema.optional(),
});

/** A user as shown to themselves. */
export interface PresentedUser {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
}

/** What two-factor set-up offers: a new secret to add to an authenticator app. */
export interface TotpSetup {
  secret: string;
  /** `otpauth://` URI (for a QR code or a link on a phone). */
  uri: string;
}

/** The response schema of a `PresentedUser` (unknown extra fields are kept). */
export const PresentedUserSchema: z.ZodType<PresentedUser> = z.looseObject({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  createdAt: z.string(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
});

/** The response schema of a `TotpSetup`. */
export const TotpSetupSchema: z.ZodType<TotpSetup> = z.looseObject({ secret: z.string(), uri: z.string() });

/** A single sign-on provider offered on the sign-in page. */
export interface SsoProvider {
  id: string;
  name: string;
  /** Where the browser goes to start (a full page navigation, not fetch). */
  startUrl: string;
}

/** The response schema of an `SsoProvider`. */
export const SsoProviderSchema: z.ZodType<SsoProvider> = z.looseObject({ id: z.string(), name: z.string(), startUrl: z.string() });
