import { apiRequest } from '../../../lib/api';

export interface Meeting {
  code: string;
  title: string;
  hostId: string;
  createdAt: string;
  endedAt: string | null;
}

export const MEETING_TITLE_MAX = 120;

export async function createMeeting(title?: string, signal?: AbortSignal): Promise<Meeting> {
  const trimmed = title?.trim();
  const { meeting } = await apiRequest<{ meeting: Meeting }>('/meetings', {
    method: 'POST',
    body: trimmed ? { title: trimmed } : {},
    signal,
  });
  return meeting;
}
