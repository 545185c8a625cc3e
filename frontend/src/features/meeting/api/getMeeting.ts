import { apiRequest } from '../../../lib/api';
import type { Meeting } from './meetings';

export async function getMeeting(code: string, signal?: AbortSignal): Promise<Meeting> {
  const { meeting } = await apiRequest<{ meeting: Meeting }>(
    `/meetings/${encodeURIComponent(code)}`,
    { signal, auth: false },
  );
  return meeting;
}
