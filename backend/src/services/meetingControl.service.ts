import { Activity } from '../models/activity.model.js';
import { Meeting, toPublicMeeting } from '../models/meeting.model.js';
import type { Meeting as PublicMeeting, Role } from '@huddle/contract';
import { forbidden, meetingEnded, meetingLocked, meetingNotFound } from '../errors/AppError.js';
import type { MeetingSummary } from './meeting.service.js';

/** Who is asking: identity as the handshake established it, never a payload. */
export interface Person {
  userId?: string | undefined;
  name: string;
}

export interface Admission {
  meeting: PublicMeeting;
  role: Role;
  /** The lobby is on and this person is neither host nor co-host. */
  mustWait: boolean;
}

export interface MeetingSettings {
  lobby?: boolean | undefined;
  locked?: boolean | undefined;
  title?: string | undefined;
}

export function roleIn(meeting: MeetingSummary, userId: string | undefined): Role {
  if (!userId) return 'participant';
  if (meeting.meeting.hostId === userId) return 'host';
  return meeting.cohostIds.includes(userId) ? 'cohost' : 'participant';
}

export function isHostRole(role: Role | undefined): boolean {
  return role === 'host' || role === 'cohost';
}

/**
 * Whether and how `person` may enter `found` (the meeting as the join path knows it): an ended
 * meeting refuses everyone, a removed person stays out, a locked meeting refuses all but its
 * hosts, and with the lobby on everyone else waits. Someone a host `admitted` from the lobby
 * passes the lock and the lobby.
 */
export function checkAdmission(
  found: MeetingSummary | null,
  person: Person,
  { admitted = false } = {},
): Admission {
  if (!found) throw meetingNotFound();
  const { meeting } = found;
  if (meeting.endedAt) throw meetingEnded();
  if (wasRemoved(found, person)) throw forbidden('You were removed from this meeting.');
  const role = roleIn(found, person.userId);
  const passes = isHostRole(role) || admitted;
  if (meeting.locked && !passes) throw meetingLocked();
  return { meeting, role, mustWait: meeting.lobby && !passes };
}

export async function updateSettings(
  code: string,
  settings: MeetingSettings,
): Promise<PublicMeeting> {
  const changes = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  );
  const meeting = await Meeting.findOneAndUpdate(
    { code, endedAt: null },
    { $set: changes },
    { new: true, runValidators: true },
  );
  if (!meeting) throw await whyNotOpen(code);
  return toPublicMeeting(meeting);
}

export async function addCohost(code: string, userId: string): Promise<void> {
  const { matchedCount } = await Meeting.updateOne(
    { code, endedAt: null },
    { $addToSet: { cohostIds: userId } },
  );
  if (matchedCount === 0) throw await whyNotOpen(code);
}

export async function removeCohost(code: string, userId: string): Promise<void> {
  const { matchedCount } = await Meeting.updateOne(
    { code, endedAt: null },
    { $pull: { cohostIds: userId } },
  );
  if (matchedCount === 0) throw await whyNotOpen(code);
}

/** Bars `person` for the meeting's lifetime; a removed co-host loses the role too. */
export async function recordRemoval(code: string, person: Person): Promise<void> {
  const update = person.userId
    ? {
        $addToSet: { removedUserIds: person.userId, removedNames: normaliseName(person.name) },
        $pull: { cohostIds: person.userId },
      }
    : { $addToSet: { removedNames: normaliseName(person.name) } };
  await Meeting.updateOne({ code }, update);
}

/** Ends the meeting once: sets `endedAt` and closes every Activity still open in it. */
export async function endMeeting(code: string): Promise<PublicMeeting> {
  const meeting = await Meeting.findOneAndUpdate(
    { code, endedAt: null },
    { $set: { endedAt: new Date() } },
    { new: true },
  );
  if (!meeting?.endedAt) throw await whyNotOpen(code);
  await Activity.updateMany(
    { meetingCode: code, leftAt: null },
    { $set: { leftAt: meeting.endedAt } },
  );
  return toPublicMeeting(meeting);
}

function wasRemoved(meeting: MeetingSummary, person: Person): boolean {
  // Members are known by their account; a guest has only a name, so the name is what is barred.
  if (person.userId) return meeting.removedUserIds.includes(person.userId);
  return meeting.removedNames.includes(normaliseName(person.name));
}

/** "Ada  Lovelace", "ada lovelace" and its full-width twin are one name. */
function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

async function whyNotOpen(code: string) {
  return (await Meeting.exists({ code })) ? meetingEnded() : meetingNotFound();
}
