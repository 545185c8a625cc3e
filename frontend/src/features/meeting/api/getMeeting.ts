import { apiRequest } from '../../../lib/api';
import type { Meeting, MeetingResponse } from '@huddle/contract';

export async function getMeeting(code: string, signal?: AbortSignal): Promise<Meeting> {
  const { meeting } = await apiRequest<MeetingResponse>(`/meetings/${encodeURIComponent(code)}`, {
    signal,
    auth: false,
  });
  return meeting;
}
