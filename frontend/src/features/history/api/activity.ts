import type { ActivityItem, ActivityPage } from '@huddle/contract';
import { apiRequest } from '../../../lib/api';

export async function fetchActivity(
  { limit, before }: { limit: number; before?: string | null },
  signal?: AbortSignal,
): Promise<ActivityPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  const page = await apiRequest<Partial<ActivityPage>>(`/activity?${query}`, { signal });
  return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
}

export function activityTitle(item: ActivityItem): string | null {
  const title = item.meeting?.title.trim();
  return title ? title : null;
}
