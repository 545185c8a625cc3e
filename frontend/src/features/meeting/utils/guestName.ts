const KEY = 'huddle:guest-name';

/** Only the display name is remembered, so a reload does not ask for it again. */
export function loadGuestName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveGuestName(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Private modes may refuse storage; the name is simply asked for again.
  }
}
