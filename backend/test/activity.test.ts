import { Types } from 'mongoose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { Activity } from '../src/models/activity.model.js';
import { buildTestApp } from './helpers/app.js';
import { useTestDatabase } from './helpers/database.js';
import { bearer, signUp, type SignedIn } from './support/auth.js';

useTestDatabase();

const ACTIVITY = '/api/v1/activity';

type App = ReturnType<typeof buildTestApp>['app'];

async function newMeeting(app: App, session: SignedIn, title = 'Standup'): Promise<string> {
  const res = await request(app)
    .post('/api/v1/meetings')
    .set(bearer(session.accessToken))
    .send({ title });
  return res.body.meeting.code as string;
}

async function listAll(app: App, session: SignedIn, limit: number) {
  const pages: { items: { id: string }[]; nextCursor: string | null }[] = [];
  let before: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const res: request.Response = await request(app)
      .get(ACTIVITY)
      .query(before ? { limit, before } : { limit })
      .set(bearer(session.accessToken))
      .expect(200);
    pages.push(res.body);
    before = res.body.nextCursor;
    if (!before) break;
  }
  return pages;
}

describe('POST /activity', () => {
  it("when the meeting exists, then it answers 201 with the entry in the caller's history", async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const code = await newMeeting(app, session, 'Planning');

    const res = await request(app)
      .post(ACTIVITY)
      .set(bearer(session.accessToken))
      .send({ meetingCode: code.toUpperCase() });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      activity: {
        id: expect.any(String),
        meetingCode: code,
        joinedAt: expect.any(String),
        leftAt: null,
        meeting: { title: 'Planning' },
      },
    });
    const stored = await Activity.findById(res.body.activity.id);
    expect(String(stored?.userId)).toBe(session.user.id);
  });

  it("when the body names another user, then the entry is still the caller's own", async () => {
    const { app } = buildTestApp();
    const caller = await signUp(app);
    const victim = await signUp(app);
    const code = await newMeeting(app, caller);

    await request(app)
      .post(ACTIVITY)
      .set(bearer(caller.accessToken))
      .send({ meetingCode: code, userId: victim.user.id })
      .expect(201);

    const victimHistory = await request(app).get(ACTIVITY).set(bearer(victim.accessToken));
    expect(victimHistory.body).toEqual({ items: [], nextCursor: null });
    expect(await Activity.countDocuments({ userId: caller.user.id })).toBe(1);
  });

  it('when no meeting has that code, then it answers 404 MEETING_NOT_FOUND', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app)
      .post(ACTIVITY)
      .set(bearer(session.accessToken))
      .send({ meetingCode: 'zzz-zzzz-zzz' });

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('MEETING_NOT_FOUND');
  });

  it.each([
    ['no meeting code', {}],
    ['a malformed meeting code', { meetingCode: 'abc' }],
    ['an operator for a meeting code', { meetingCode: { $ne: null } }],
  ])('when the body has %s, then it answers 400 VALIDATION_FAILED', async (_, body) => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).post(ACTIVITY).set(bearer(session.accessToken)).send(body);

    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'meetingCode', message: expect.any(String) }]);
  });

  it('when signed out, then it answers 401', async () => {
    const { app } = buildTestApp();

    const res = await request(app).post(ACTIVITY).send({ meetingCode: 'abc-defg-hij' });

    expect(res.status).toBe(401);
  });
});

describe('GET /activity', () => {
  it('when the user has joined meetings, then it lists them newest first with their titles', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const older = await newMeeting(app, session, 'Older');
    const newer = await newMeeting(app, session, 'Newer');
    await Activity.create([
      { userId: session.user.id, meetingCode: older, joinedAt: new Date('2024-01-01T10:00:00Z') },
      {
        userId: session.user.id,
        meetingCode: newer,
        joinedAt: new Date('2024-01-02T10:00:00Z'),
        leftAt: new Date('2024-01-02T11:00:00Z'),
      },
    ]);

    const res = await request(app).get(ACTIVITY).set(bearer(session.accessToken));

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        {
          id: expect.any(String),
          meetingCode: newer,
          joinedAt: '2024-01-02T10:00:00.000Z',
          leftAt: '2024-01-02T11:00:00.000Z',
          meeting: { title: 'Newer' },
        },
        {
          id: expect.any(String),
          meetingCode: older,
          joinedAt: '2024-01-01T10:00:00.000Z',
          leftAt: null,
          meeting: { title: 'Older' },
        },
      ],
      nextCursor: null,
    });
  });

  it('when entries share a joinedAt, then paging walks every entry exactly once, in order', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    const code = await newMeeting(app, session);
    const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 10, minute));
    await Activity.create(
      [0, 1, 1, 1, 2, 3, 3].map((minute) => ({
        userId: session.user.id,
        meetingCode: code,
        joinedAt: at(minute),
      })),
    );
    const expected = await Activity.find({ userId: session.user.id }).sort({
      joinedAt: -1,
      _id: -1,
    });

    const pages = await listAll(app, session, 2);

    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(
      expected.map((activity) => String(activity.id)),
    );
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it('when no limit is given, then a page holds 20 entries', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    await Activity.create(
      Array.from({ length: 21 }, () => ({ userId: session.user.id, meetingCode: 'abc-defg-hij' })),
    );

    const res = await request(app).get(ACTIVITY).set(bearer(session.accessToken));

    expect(res.body.items).toHaveLength(20);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it('when the meeting no longer exists, then its entry has a null meeting', async () => {
    const { app } = buildTestApp();
    const session = await signUp(app);
    await Activity.create({ userId: session.user.id, meetingCode: 'gon-eeee-now' });

    const res = await request(app).get(ACTIVITY).set(bearer(session.accessToken));

    expect(res.body.items[0].meeting).toBeNull();
  });

  it('when another user has history, then the caller never sees it', async () => {
    const { app } = buildTestApp();
    const caller = await signUp(app);
    await Activity.create({ userId: new Types.ObjectId(), meetingCode: 'abc-defg-hij' });

    const res = await request(app).get(ACTIVITY).set(bearer(caller.accessToken));

    expect(res.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['a limit of 0', { limit: '0' }],
    ['a limit of 51', { limit: '51' }],
    ['a limit that is not a number', { limit: 'many' }],
    ['a cursor that was not issued by the API', { before: 'bm90LWEtY3Vyc29y' }],
  ])('when the query has %s, then it answers 400 VALIDATION_FAILED', async (_, query) => {
    const { app } = buildTestApp();
    const session = await signUp(app);

    const res = await request(app).get(ACTIVITY).query(query).set(bearer(session.accessToken));

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('when signed out, then it answers 401', async () => {
    const { app } = buildTestApp();

    const res = await request(app).get(ACTIVITY);

    expect(res.status).toBe(401);
  });
});
