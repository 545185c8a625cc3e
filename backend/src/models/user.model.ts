import { USER_NAME_MAX, type User as PublicUser } from '@huddle/contract';
import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const userSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: USER_NAME_MAX },
    username: { type: String, required: true, trim: true },
    // Uniqueness regardless of case lives on this normalised copy (FerretDB has no collation indexes).
    usernameLower: { type: String, required: true, unique: true },
    passwordHash: { type: String, required: true, select: false },
    // Raised by a password change: access tokens carry the version they were issued under, and
    // an older one is refused.
    tokenVersion: { type: Number, required: true, default: 0 },
  },
  {
    timestamps: true,
    toJSON: {
      transform: (_doc, ret: Record<string, unknown>) => {
        delete ret.passwordHash;
        return ret;
      },
    },
  },
);

type UserAttrs = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<UserAttrs>;
export const User = model('User', userSchema);

export function toPublicUser(user: Pick<UserDocument, 'id' | 'name' | 'username'>): PublicUser {
  return { id: String(user.id), name: user.name, username: user.username };
}
