import { useMemo, useState } from 'react';

/**
 * Tile ids in the order to show them: whoever spoke most recently first, then everyone who has
 * not spoken yet, in their own order. Only the speaker who just started moves.
 */
export function useSpeakerOrder(ids: string[], speakerId: string | null): string[] {
  const [recent, setRecent] = useState<string[]>([]);
  // Derived while rendering, as React advises for state that follows a prop.
  if (speakerId && recent[0] !== speakerId) {
    setRecent([speakerId, ...recent.filter((id) => id !== speakerId)]);
  }
  return useMemo(() => {
    const present = new Set(ids);
    const spoken = recent.filter((id) => present.has(id));
    const heard = new Set(spoken);
    return [...spoken, ...ids.filter((id) => !heard.has(id))];
  }, [ids, recent]);
}
