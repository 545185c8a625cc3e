import { randomInt } from 'node:crypto';
import { MEETING_CODE_PATTERN } from '@huddle/contract';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomLetters(count: number): string {
  let letters = '';
  for (let i = 0; i < count; i += 1) letters += LETTERS.charAt(randomInt(LETTERS.length));
  return letters;
}

/** A code like `abc-defg-hij`: 26^10 (about 47 bits) from a CSPRNG, so codes cannot be guessed. */
export function generateMeetingCode(): string {
  return `${randomLetters(3)}-${randomLetters(4)}-${randomLetters(3)}`;
}

export function isMeetingCode(value: string): boolean {
  return MEETING_CODE_PATTERN.test(value);
}
