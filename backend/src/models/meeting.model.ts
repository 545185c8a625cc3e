import { MEETING_TITLE_MAX, type Meeting as PublicMeeting } from '@huddle/contract';
import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';

const meetingSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    title: { type: String, trim: true, maxlength: MEETING_TITLE_MAX, default: '' },
    hostId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    endedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

type MeetingAttrs = InferSchemaType<typeof meetingSchema>;
export type MeetingDocument = HydratedDocument<MeetingAttrs>;
export const Meeting = model('Meeting', meetingSchema);

export function toPublicMeeting(meeting: MeetingDocument): PublicMeeting {
  return {
    code: meeting.code,
    title: meeting.title ?? '',
    hostId: String(meeting.hostId),
    createdAt: meeting.createdAt.toISOString(),
    endedAt: meeting.endedAt ? meeting.endedAt.toISOString() : null,
  };
}
