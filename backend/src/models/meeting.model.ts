import { MEETING_TITLE_MAX, type Meeting as PublicMeeting } from '@huddle/contract';
import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const meetingSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    title: { type: String, trim: true, maxlength: MEETING_TITLE_MAX, default: '' },
    hostId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    endedAt: { type: Date, default: null },
    /** Everyone but hosts and co-hosts waits in the lobby to be admitted. */
    lobby: { type: Boolean, default: false },
    /** Nobody new may join (hosts and co-hosts still may). */
    locked: { type: Boolean, default: false },
    cohostIds: { type: [Schema.Types.ObjectId], default: [] },
    // Removal lasts for the meeting's lifetime: members by account, guests by normalised name.
    removedUserIds: { type: [Schema.Types.ObjectId], default: [] },
    removedNames: { type: [String], default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

type MeetingAttrs = InferSchemaType<typeof meetingSchema>;
export type MeetingDocument = HydratedDocument<MeetingAttrs>;
export const Meeting = model('Meeting', meetingSchema);

/** A meeting as stored, hydrated or not (a document written before a field existed lacks it). */
export type StoredMeeting = Pick<MeetingAttrs, 'code' | 'hostId'> &
  Partial<Omit<MeetingAttrs, 'code' | 'hostId'>> & { createdAt: Date };

export function toPublicMeeting(meeting: StoredMeeting): PublicMeeting {
  return {
    code: meeting.code,
    title: meeting.title ?? '',
    hostId: String(meeting.hostId),
    createdAt: meeting.createdAt.toISOString(),
    endedAt: meeting.endedAt ? meeting.endedAt.toISOString() : null,
    lobby: meeting.lobby ?? false,
    locked: meeting.locked ?? false,
  };
}
