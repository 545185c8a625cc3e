import type { Meeting as PublicMeeting } from '@huddle/contract';
import { meetingNotFound } from '../errors/AppError.js';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { generateMeetingCode, isMeetingCode } from '../lib/meetingCode.js';
import {
  Meeting,
  toPublicMeeting,
  type MeetingDocument,
  type StoredMeeting,
} from '../models/meeting.model.js';

const CODE_ATTEMPTS = 5;

export async function findMeetingByCode(code: string): Promise<MeetingDocument | null> {
  return Meeting.findOne({ code });
}

/** What a join needs to know of a meeting: its public view and who may (not) come in. */
export interface MeetingSummary {
  meeting: PublicMeeting;
  cohostIds: string[];
  removedUserIds: string[];
  /** Normalised names of removed participants (see meetingControl.service). */
  removedNames: string[];
}

const SUMMARY_FIELDS = {
  code: 1,
  title: 1,
  hostId: 1,
  createdAt: 1,
  endedAt: 1,
  lobby: 1,
  locked: 1,
  cohostIds: 1,
  removedUserIds: 1,
  removedNames: 1,
} as const;

/**
 * Read straight through the driver: every first join into a meeting reads it, and mongoose's
 * query building and hydration cost the process more CPU than the read itself.
 */
export async function findMeetingSummary(code: string): Promise<MeetingSummary | null> {
  const meeting = await Meeting.collection.findOne<StoredMeeting>(
    { code },
    { projection: SUMMARY_FIELDS },
  );
  if (!meeting) return null;
  return {
    meeting: toPublicMeeting(meeting),
    cohostIds: (meeting.cohostIds ?? []).map(String),
    removedUserIds: (meeting.removedUserIds ?? []).map(String),
    removedNames: [...(meeting.removedNames ?? [])],
  };
}

export async function createMeeting(
  hostId: string,
  title = '',
  generateCode: () => string = generateMeetingCode,
): Promise<PublicMeeting> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const meeting = await Meeting.create({ code: generateCode(), title, hostId });
      return toPublicMeeting(meeting);
    } catch (error) {
      // A collision is rare (47 bits of codes), so a fresh code almost always succeeds.
      if (!isDuplicateKey(error) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

/** The public view of a meeting; a malformed code is answered like an unknown one. */
export async function getPublicMeeting(code: string): Promise<PublicMeeting> {
  const meeting = isMeetingCode(code) ? await findMeetingByCode(code) : null;
  if (!meeting) throw meetingNotFound();
  return toPublicMeeting(meeting);
}
