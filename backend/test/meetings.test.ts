import { Types } from 'mongoose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { generateMeetingCode, isMeetingCode } from '../src/lib/meetingCode.js';
import { createMeeting } from '../src/services/meeting.service.js';
import { endMeeting } from '../src/services/meetingControl.service.js';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, signUp } from './support/auth.js';

useTestDatabase();

const MEETINGS = '/api/v1/meetings';

describe('POST /meetings', () => {
  it('when signed in, then it answers 201 with a new meeting hosted by the caller', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .post(MEETINGS)
      .set(bearer(session.accessToken))
      .send({ title: '  Weekly sync  ' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      meeting: {
        code: expect.stringMatching(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/),
        title: 'Weekly sync',
        hostId: session.user.id,
        createdAt: expect.any(String),
        endedAt: null,
        lobby: false,
        locked: false,
      },
    });
  });

  it('when there is no body at all, then the meeting has an empty title', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).post(MEETINGS).set(bearer(session.accessToken));

    expect(res.status).toBe(201);
    expect(res.body.meeting.title).toBe('');
  });

  it('when the body names another host, then the caller is the host all the same', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .post(MEETINGS)
      .set(bearer(session.accessToken))
      .send({ hostId: new Types.ObjectId().toHexString() });

    expect(res.body.meeting.hostId).toBe(session.user.id);
  });

  it.each([
    ['a title longer than 120 characters', { title: 't'.repeat(121) }],
    ['a title that is not a string', { title: { $gt: '' } }],
  ])('when the body has %s, then it answers 400 VALIDATION_FAILED', async (_, body) => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).post(MEETINGS).set(bearer(session.accessToken)).send(body);

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([{ path: 'title', message: expect.any(String) }]);
  });

  it('when signed out, then it answers 401', async () => {
    const { app } = buildTestApp();

    const res = await request(app).post(MEETINGS).send({ title: 'Sync' });

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });
});

describe('GET /meetings/:code', () => {
  it('when the meeting exists, then anyone gets its public fields without signing in', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const created = await request(app)
      .post(MEETINGS)
      .set(bearer(session.accessToken))
      .send({ title: 'Design review' });

    const res = await request(app).get(`${MEETINGS}/${created.body.meeting.code}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ meeting: created.body.meeting });
  });

  it('when the meeting has ended, then it shows when it ended', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const created = await request(app).post(MEETINGS).set(bearer(session.accessToken));
    const { code } = created.body.meeting as { code: string };
    const ended = await endMeeting(code);

    const res = await request(app).get(`${MEETINGS}/${code}`);

    expect(res.status).toBe(200);
    expect(res.body.meeting.endedAt).toBe(ended.endedAt);
  });

  it('when the code is typed in capitals, then it still finds the meeting', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const created = await request(app).post(MEETINGS).set(bearer(session.accessToken));

    const res = await request(app).get(`${MEETINGS}/${created.body.meeting.code.toUpperCase()}`);

    expect(res.status).toBe(200);
  });

  it.each([
    ['an unknown code', 'abc-defg-hij'],
    ['a malformed code', 'not-a-code'],
    ['an operator-looking code', '%24ne'],
  ])('when the path has %s, then it answers 404 MEETING_NOT_FOUND', async (_, code) => {
    const { app } = buildTestApp();

    const res = await request(app).get(`${MEETINGS}/${code}`);

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'MEETING_NOT_FOUND', message: expect.any(String) } });
  });

  it('when one IP looks up codes past MEETING_LOOKUPS_PER_IP, then it answers 429 with a Retry-After', async () => {
    const { app } = buildTestApp({ MEETING_LOOKUPS_PER_IP: '3' });
    for (let i = 0; i < 3; i += 1) await request(app).get(`${MEETINGS}/${generateMeetingCode()}`);

    const res = await request(app).get(`${MEETINGS}/${generateMeetingCode()}`);

    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('meeting codes', () => {
  it('when codes are generated, then they have the contract shape and do not repeat', () => {
    const codes = Array.from({ length: 1000 }, () => generateMeetingCode());

    expect(codes.every(isMeetingCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('when a generated code is already taken, then creation retries with a fresh one', async () => {
    const hostId = new Types.ObjectId().toHexString();
    const taken = await createMeeting(hostId, 'first');
    const candidates = [taken.code, 'fre-shco-dex'];

    const meeting = await createMeeting(hostId, 'second', () => candidates.shift() ?? 'unused');

    expect(meeting.code).toBe('fre-shco-dex');
    expect(candidates).toEqual([]);
  });
});
