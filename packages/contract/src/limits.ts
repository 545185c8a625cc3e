/** Every limit both sides enforce: the server refuses past them, the SPA stops the user before. */

/** `abc-defg-hij`: lowercase letters only, 26^10 codes. */
export const MEETING_CODE_PATTERN = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
export const MEETING_TITLE_MAX = 120;

/** A guest's display name in a meeting. */
export const DISPLAY_NAME_MAX = 40;

/** An account's name, shown to others in meetings. */
export const USER_NAME_MAX = 80;
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const USERNAME_PATTERN = new RegExp(`^[a-zA-Z0-9_.-]{${USERNAME_MIN},${USERNAME_MAX}}$`);

// bcrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused.
export const PASSWORD_MIN_BYTES = 8;
export const PASSWORD_MAX_BYTES = 72;

export const CHAT_TEXT_MAX = 2000;
/** Messages in the join ack and in each `chat:history` page; a shorter page is the last. */
export const CHAT_PAGE_SIZE = 50;

export const ACTIVITY_PAGE_SIZE_DEFAULT = 20;
export const ACTIVITY_PAGE_SIZE_MAX = 50;

/** The reactions anyone may send; nothing else is relayed. */
export const REACTIONS = ['👍', '👏', '🎉', '❤️', '😂', '😮', '🤔', '🙌'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Each socket may send a reaction a second on average, with bursts of five. */
export const REACTION_RATE = { perSecond: 1, burst: 5 } as const;
