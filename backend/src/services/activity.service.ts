import { Activity } from '../models/activity.model.js';

/** Records that a signed-in user joined a meeting; returns the entry to close on leave. */
export async function recordJoin(userId: string, meetingCode: string): Promise<{ id: string }> {
  const activity = await Activity.create({ userId, meetingCode, joinedAt: new Date() });
  return { id: String(activity.id) };
}

export async function recordLeave(activityId: string): Promise<void> {
  await Activity.updateOne({ _id: activityId, leftAt: null }, { $set: { leftAt: new Date() } });
}
