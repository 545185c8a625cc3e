import type { ActivityItem, ActivityPage } from '@huddle/contract';
import mongoose from 'mongoose';
import { encodeActivityCursor, type ActivityCursor } from '../lib/activityCursor.js';
import { Activity, type ActivityDocument } from '../models/activity.model.js';
import { meetingNotFound } from '../errors/AppError.js';
import { Meeting } from '../models/meeting.model.js';
import { findMeetingByCode } from './meeting.service.js';
import { store, type WriteBatcher } from './writeBatcher.js';

/** A join as stored, complete, with its id made here. */
export interface ActivityRecord {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  meetingCode: string;
  joinedAt: Date;
  leftAt: null;
}

export function activityRecordSize(record: ActivityRecord): number {
  return Buffer.byteLength(record.meetingCode) + 128;
}

/**
 * Records, through the process's write batcher, that a signed-in user joined a meeting;
 * returns the entry to close on leave.
 */
export async function recordJoin(
  writes: WriteBatcher<ActivityRecord>,
  userId: string,
  meetingCode: string,
): Promise<{ id: string }> {
  const record: ActivityRecord = {
    _id: new mongoose.Types.ObjectId(),
    userId: new mongoose.Types.ObjectId(userId),
    meetingCode,
    joinedAt: new Date(),
    leftAt: null,
  };
  await store(writes, record);
  return { id: String(record._id) };
}

/**
 * Sets when each member left, one `updateMany` per second of leaving (a leave's time is rounded
 * up to its second, so that many leaves share a write). An Activity already closed keeps its time.
 */
export async function recordLeaves(leaves: ReadonlyArray<[activityId: string, leftAt: Date]>) {
  const bySecond = new Map<number, string[]>();
  for (const [activityId, leftAt] of leaves) {
    const second = Math.ceil(leftAt.getTime() / 1000) * 1000;
    const ids = bySecond.get(second);
    if (ids) ids.push(activityId);
    else bySecond.set(second, [activityId]);
  }
  for (const [second, ids] of bySecond) {
    await Activity.updateMany(
      { _id: mongoose.trusted({ $in: ids }), leftAt: null },
      { $set: { leftAt: new Date(second) } },
    );
  }
}

/** Closes every Activity still open that began before `before`; returns how many. */
export async function closeActivitiesBefore(before: Date, leftAt = new Date()): Promise<number> {
  const { modifiedCount } = await Activity.updateMany(
    { leftAt: null, joinedAt: mongoose.trusted({ $lt: before }) },
    { $set: { leftAt } },
  );
  return modifiedCount;
}

/** Adds an entry to the user's own history, for a meeting that exists. */
export async function addActivity(userId: string, meetingCode: string): Promise<ActivityItem> {
  const meeting = await findMeetingByCode(meetingCode);
  if (!meeting) throw meetingNotFound();
  const activity = await Activity.create({ userId, meetingCode });
  return toActivityItem(activity, { title: meeting.title ?? '' });
}

/** The user's history, newest first, one page after `before`. */
export async function listActivity(
  userId: string,
  { limit, before }: { limit: number; before?: ActivityCursor | undefined },
): Promise<ActivityPage> {
  const filter: Record<string, unknown> = { userId };
  if (before) {
    // Trusted: these operators are built here, never taken from the request.
    filter.$or = [
      { joinedAt: mongoose.trusted({ $lt: before.joinedAt }) },
      { joinedAt: before.joinedAt, _id: mongoose.trusted({ $lt: before.id }) },
    ];
  }
  const found = await Activity.find(filter)
    .sort({ joinedAt: -1, _id: -1 })
    .limit(limit + 1)
    .lean();
  const page = found.slice(0, limit);
  const titles = await meetingTitles(page.map((activity) => activity.meetingCode));
  const last = page.at(-1);
  return {
    items: page.map((activity) => toActivityItem(activity, titles.get(activity.meetingCode))),
    nextCursor:
      found.length > limit && last
        ? encodeActivityCursor({ joinedAt: last.joinedAt, id: last._id })
        : null,
  };
}

async function meetingTitles(codes: string[]): Promise<Map<string, { title: string }>> {
  if (codes.length === 0) return new Map();
  const meetings = await Meeting.find({ code: mongoose.trusted({ $in: [...new Set(codes)] }) })
    .select({ code: 1, title: 1 })
    .lean();
  return new Map(meetings.map((meeting) => [meeting.code, { title: meeting.title ?? '' }]));
}

type StoredActivity = Pick<ActivityDocument, '_id' | 'meetingCode' | 'joinedAt' | 'leftAt'>;

function toActivityItem(
  activity: StoredActivity,
  meeting: { title: string } | undefined,
): ActivityItem {
  return {
    id: String(activity._id),
    meetingCode: activity.meetingCode,
    joinedAt: activity.joinedAt.toISOString(),
    leftAt: activity.leftAt ? activity.leftAt.toISOString() : null,
    meeting: meeting ?? null,
  };
}
