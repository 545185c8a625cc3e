import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { PASSWORD_MAX_BYTES, passwordBytes } from '@huddle/contract';

const dummyHashes = new Map<number, Promise<string>>();

/** A hash of a random secret at the same cost, compared against when a user does not exist. */
export function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) {
    hash = bcrypt.hash(randomBytes(24).toString('hex'), cost);
    dummyHashes.set(cost, hash);
  }
  return hash;
}

export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

/**
 * Runs exactly one bcrypt comparison whether or not the user exists, so that the answer takes
 * about as long for an unknown username as for a wrong password.
 */
export async function verifyPassword(
  password: string,
  hash: string | undefined,
  cost: number,
): Promise<boolean> {
  // bcrypt ignores bytes past 72, so a longer password must never match a stored hash.
  const usable = passwordBytes(password) <= PASSWORD_MAX_BYTES;
  const target = hash && usable ? hash : await dummyHash(cost);
  const matches = await bcrypt.compare(usable ? password : '', target);
  return matches && target === hash;
}
