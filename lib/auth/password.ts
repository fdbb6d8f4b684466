import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended floor (19 MiB, 2 passes, 1 lane).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// A hash of a random password, verified against when the e-mail is unknown so that a
// wrong address takes as long as a wrong password.
const decoyHash = hash(crypto.randomUUID(), options);

// Hashes a new password with argon2id.
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Checks a password against a stored hash; a missing hash costs the same time and fails.
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
