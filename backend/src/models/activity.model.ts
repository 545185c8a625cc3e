import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const activitySchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  meetingCode: { type: String, required: true },
  joinedAt: { type: Date, required: true, default: () => new Date() },
  leftAt: { type: Date, default: null },
});

// History is read newest first per user; _id breaks ties between equal joinedAt values.
activitySchema.index({ userId: 1, joinedAt: -1, _id: -1 });

type ActivityAttrs = InferSchemaType<typeof activitySchema>;
export type ActivityDocument = HydratedDocument<ActivityAttrs>;
export const Activity = model('Activity', activitySchema);
