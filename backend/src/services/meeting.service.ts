import { Meeting, type MeetingDocument } from '../models/meeting.model.js';

export async function findMeetingByCode(code: string): Promise<MeetingDocument | null> {
  return Meeting.findOne({ code });
}
