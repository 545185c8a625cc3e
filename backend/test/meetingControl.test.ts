import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { Activity } from '../src/models/activity.model.js';
import { Meeting } from '../src/models/meeting.model.js';
import { createMeeting, findMeetingSummary } from '../src/services/meeting.service.js';
import {
  addCohost,
  checkAdmission,
  endMeeting,
  recordRemoval,
  updateSettings,
  type Person,
} from '../src/services/meetingControl.service.js';
import { useTestDatabase } from './helpers/database.js';

useTestDatabase();

const newId = () => new Types.ObjectId().toHexString();

/** Admission as a join sees it: the meeting read fresh, then checked. */
const admission = async (code: string, person: Person) =>
  checkAdmission(await findMeetingSummary(code), person);

async function meetingHostedBy(hostId = newId()) {
  const { code } = await createMeeting(hostId, 'Planning');
  return { code, hostId };
}

function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );
}

describe('admission', () => {
  it('when a meeting was stored before the host controls existed, then it is read with their defaults', async () => {
    const hostId = new Types.ObjectId();
    await Meeting.collection.insertOne({
      code: 'old-meet-ing',
      title: 'Before lobbies',
      hostId,
      endedAt: null,
      createdAt: new Date(),
    });

    const summary = await findMeetingSummary('old-meet-ing');

    expect(summary).toMatchObject({
      meeting: { code: 'old-meet-ing', hostId: hostId.toHexString(), lobby: false, locked: false },
      cohostIds: [],
      removedUserIds: [],
      removedNames: [],
    });
    expect(checkAdmission(summary, { name: 'Gus' })).toMatchObject({ mustWait: false });
  });

  it('when the meeting is open, then its creator is host and everyone else a participant who need not wait', async () => {
    const { code, hostId } = await meetingHostedBy();

    const host = await admission(code, { userId: hostId, name: 'Ada' });
    const guest = await admission(code, { name: 'Bob' });

    expect(host).toMatchObject({ role: 'host', mustWait: false });
    expect(guest).toMatchObject({ role: 'participant', mustWait: false });
    expect(guest.meeting).toMatchObject({ code, lobby: false, locked: false, endedAt: null });
  });

  it('when the lobby is on, then members and guests wait but the host and co-hosts do not', async () => {
    const { code, hostId } = await meetingHostedBy();
    const cohostId = newId();
    await addCohost(code, cohostId);
    await updateSettings(code, { lobby: true });

    const results = await Promise.all([
      admission(code, { userId: hostId, name: 'Ada' }),
      admission(code, { userId: cohostId, name: 'Cy' }),
      admission(code, { userId: newId(), name: 'Dee' }),
      admission(code, { name: 'Eve' }),
    ]);

    expect(results.map(({ role, mustWait }) => [role, mustWait])).toEqual([
      ['host', false],
      ['cohost', false],
      ['participant', true],
      ['participant', true],
    ]);
  });

  it('when the meeting is locked, then only hosts and co-hosts get in', async () => {
    const { code, hostId } = await meetingHostedBy();
    await updateSettings(code, { locked: true });

    expect((await admission(code, { userId: hostId, name: 'Ada' })).role).toBe('host');
    expect(await codeOf(admission(code, { name: 'Bob' }))).toBe('MEETING_LOCKED');
  });

  it('when the meeting is unknown or has ended, then nobody is admitted, the host included', async () => {
    const { code, hostId } = await meetingHostedBy();
    await endMeeting(code);

    expect(await codeOf(admission(code, { userId: hostId, name: 'Ada' }))).toBe('MEETING_ENDED');
    expect(await codeOf(admission('zzz-zzzz-zzz', { name: 'Bob' }))).toBe('MEETING_NOT_FOUND');
  });

  it('when a guest was removed, then the same name in another spelling is refused and other names are not', async () => {
    const { code } = await meetingHostedBy();

    await recordRemoval(code, { name: 'Bob  Smith' });

    expect(await codeOf(admission(code, { name: ' bob smith' }))).toBe('FORBIDDEN');
    expect(await codeOf(admission(code, { name: 'Bob Smyth' }))).toBe('resolved');
  });

  it('when a co-host was removed, then the account is refused under any name, the role is gone, and the name is barred for guests', async () => {
    const { code } = await meetingHostedBy();
    const userId = newId();
    await addCohost(code, userId);

    await recordRemoval(code, { userId, name: 'Cy' });

    expect(await codeOf(admission(code, { userId, name: 'Someone Else' }))).toBe('FORBIDDEN');
    expect(await codeOf(admission(code, { name: 'Cy' }))).toBe('FORBIDDEN');
    const stored = await Meeting.findOne({ code }).lean();
    expect(stored?.cohostIds).toEqual([]);
  });
});

describe('updateSettings', () => {
  it('when only some settings are given, then the others keep their values', async () => {
    const { code } = await meetingHostedBy();
    await updateSettings(code, { locked: true, title: 'Retro' });

    const meeting = await updateSettings(code, { lobby: true, title: undefined });

    expect(meeting).toMatchObject({ lobby: true, locked: true, title: 'Retro' });
  });

  it('when the meeting has ended, then settings can no longer change', async () => {
    const { code } = await meetingHostedBy();
    await endMeeting(code);

    expect(await codeOf(updateSettings(code, { lobby: true }))).toBe('MEETING_ENDED');
  });
});

describe('endMeeting', () => {
  it('when a meeting ends, then it gets endedAt and every open Activity in it is closed at that time', async () => {
    const { code } = await meetingHostedBy();
    const { code: other } = await meetingHostedBy();
    const open = await Activity.create({ userId: newId(), meetingCode: code });
    const closedAt = new Date('2020-01-01T00:00:00Z');
    const closed = await Activity.create({ userId: newId(), meetingCode: code, leftAt: closedAt });
    const elsewhere = await Activity.create({ userId: newId(), meetingCode: other });

    const meeting = await endMeeting(code);

    expect(meeting.endedAt).toEqual(expect.any(String));
    const leftAt = async (id: Types.ObjectId) => (await Activity.findById(id).lean())?.leftAt;
    expect((await leftAt(open._id))?.toISOString()).toBe(meeting.endedAt);
    expect(await leftAt(closed._id)).toEqual(closedAt);
    expect(await leftAt(elsewhere._id)).toBeNull();
  });

  it('when the meeting already ended, then ending it again is MEETING_ENDED and keeps the first time', async () => {
    const { code } = await meetingHostedBy();
    const first = await endMeeting(code);

    expect(await codeOf(endMeeting(code))).toBe('MEETING_ENDED');
    expect((await Meeting.findOne({ code }).lean())?.endedAt?.toISOString()).toBe(first.endedAt);
  });
});
