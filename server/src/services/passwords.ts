import { hash, verify } from "@node-rs/argon2";

/** argon2id is the library default algorithm; these are OWASP's minimum cost parameters. */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hash a password with argon2id (OWASP's minimum parameters: 19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Verify a password against a stored argon2 hash. Never throws on a bad hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
/** Spend the same time as a real verification, so unknown emails are not revealed by timing. */
export async function verifyDummy(password: string): Promise<void> {
  dummy ??= hashPassword("timing-equaliser-password");
  await verifyPassword(await dummy, password);
}
