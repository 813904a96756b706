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

/** Sign-in request body. */
export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(Limits.passwordMax),
});
/** Sign-in request body. */
export type SignInInput = z.infer<typeof SignInSchema>;

/** A user as shown to themselves. */
export interface PresentedUser {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
}
