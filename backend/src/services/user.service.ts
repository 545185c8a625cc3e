import type { User as PublicUser } from '@huddle/contract';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { User, toPublicUser } from '../models/user.model.js';
import { hashPassword, verifyPassword } from './password.service.js';

export const usernameKey = (username: string) => username.trim().toLowerCase();

export interface NewAccount {
  name: string;
  username: string;
  password: string;
}

/** The new user, or null when the username (in any case) is taken. */
export async function registerUser(
  input: NewAccount,
  bcryptCost: number,
): Promise<PublicUser | null> {
  const passwordHash = await hashPassword(input.password, bcryptCost);
  try {
    // The unique index decides between concurrent sign-ups; checking first would race.
    const user = await User.create({
      name: input.name,
      username: input.username,
      usernameLower: usernameKey(input.username),
      passwordHash,
    });
    return toPublicUser(user);
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}

/** The user when the credentials match, otherwise null (the same for every way of failing). */
export async function checkCredentials(
  username: string,
  password: string,
  bcryptCost: number,
): Promise<PublicUser | null> {
  const user = await User.findOne({ usernameLower: usernameKey(username) }).select('+passwordHash');
  const matches = await verifyPassword(password, user?.passwordHash, bcryptCost);
  return user && matches ? toPublicUser(user) : null;
}

export async function findPublicUser(userId: string): Promise<PublicUser | null> {
  const user = await User.findById(userId);
  return user ? toPublicUser(user) : null;
}
