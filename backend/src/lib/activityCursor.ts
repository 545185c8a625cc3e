import { Types } from 'mongoose';

export interface ActivityCursor {
  joinedAt: Date;
  id: Types.ObjectId;
}

const DECODED = /^(\d{1,15})\.([a-f0-9]{24})$/;

/** An opaque, URL-safe position in a user's history: (joinedAt, _id) of the last item seen. */
export function encodeActivityCursor({ joinedAt, id }: ActivityCursor): string {
  return Buffer.from(`${joinedAt.getTime()}.${id.toHexString()}`).toString('base64url');
}

export function decodeActivityCursor(cursor: string): ActivityCursor | null {
  const match = DECODED.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) return null;
  return { joinedAt: new Date(Number(match[1])), id: new Types.ObjectId(match[2]) };
}
