import type { Meeting, MeetingResponse } from '@huddle/contract';
import { apiRequest } from '../../../lib/api';

export async function createMeeting(title?: string, signal?: AbortSignal): Promise<Meeting> {
  const trimmed = title?.trim();
  const { meeting } = await apiRequest<MeetingResponse>('/meetings', {
    method: 'POST',
    body: trimmed ? { title: trimmed } : {},
    signal,
  });
  return meeting;
}
