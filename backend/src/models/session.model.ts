import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const sessionSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    tokenHash: { type: String, required: true, unique: true },
    familyId: { type: String, required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
    revokedAt: { type: Date, default: null },
    replacedBy: { type: Schema.Types.ObjectId, ref: 'Session', default: null },
    // `login:<familyId>` for the first session of a family, else the id of the session it
    // replaced. Unique, so one token can be rotated once only: FerretDB does not apply a
    // conditional update atomically, but it does enforce unique indexes under concurrency.
    parentKey: { type: String, required: true, unique: true },
    userAgent: { type: String, default: '', maxlength: 512 },
  },
  { timestamps: true },
);

type SessionAttrs = InferSchemaType<typeof sessionSchema>;
export type SessionDocument = HydratedDocument<SessionAttrs>;
export const Session = model('Session', sessionSchema);
