import type { User as PublicUser } from '@huddle/contract';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { User, toPublicUser, type UserDocument } from '../models/user.model.js';
import { hashPassword, verifyPassword } from './password.service.js';

export const usernameKey = (username: string) => username.trim().toLowerCase();

/** A user as access tokens are signed for: who, and the version their tokens must carry. */
export interface Account {
  user: PublicUser;
  tokenVersion: number;
}

const toAccount = (user: UserDocument): Account => ({
  user: toPublicUser(user),
  tokenVersion: user.tokenVersion,
});

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

/** The account when the credentials match, otherwise null (the same for every way of failing). */
export async function checkCredentials(
  username: string,
  password: string,
  bcryptCost: number,
): Promise<Account | null> {
  const user = await User.findOne({ usernameLower: usernameKey(username) }).select('+passwordHash');
  const matches = await verifyPassword(password, user?.passwordHash, bcryptCost);
  return user && matches ? toAccount(user) : null;
}

/**
 * Sets a new password when `currentPassword` is the user's, and raises the token version so that
 * every access token issued before is refused. Null when the password (or the user) is wrong.
 */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
  bcryptCost: number,
): Promise<Account | null> {
  const user = await User.findById(userId).select('+passwordHash');
  if (!(await verifyPassword(currentPassword, user?.passwordHash, bcryptCost))) return null;
  const passwordHash = await hashPassword(newPassword, bcryptCost);
  // Update, then read: FerretDB 1.24 cannot project in findAndModify (passwordHash is unselected).
  await User.updateOne({ _id: userId }, { $set: { passwordHash }, $inc: { tokenVersion: 1 } });
  return findAccount(userId);
}

export async function findAccount(userId: string): Promise<Account | null> {
  const user = await User.findById(userId);
  return user ? toAccount(user) : null;
}

/** The version the user's access tokens must carry; null when there is no such user. */
export async function tokenVersionOf(userId: string): Promise<number | null> {
  if (!mongoose.isValidObjectId(userId)) return null;
  const user = await User.findById(userId, { tokenVersion: 1 }).lean();
  return user ? (user.tokenVersion ?? 0) : null;
}

export async function findPublicUser(userId: string): Promise<PublicUser | null> {
  const user = await User.findById(userId);
  return user ? toPublicUser(user) : null;
}
