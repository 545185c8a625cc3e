import { MEETING_CODE_PATTERN } from '@huddle/contract';

const SEGMENT_AFTER_M_AT_END_OF_PATH = /\/m\/([^/]+)\/?$/;

/**
 * Reads what someone typed or pasted into a "join" box: a code (`abc-defg-hij`, any case,
 * with or without dashes) or a link whose path ends in `/m/abc-defg-hij`. Returns the
 * normalised code, or null when the input is neither.
 */
export function parseMeetingInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;

  const lower = value.toLowerCase();
  if (MEETING_CODE_PATTERN.test(lower)) return lower;

  const letters = lower.replace(/[\s-]/g, '');
  const dashed = `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7)}`;
  if (MEETING_CODE_PATTERN.test(dashed)) return dashed;

  const segment = pathOf(value)?.toLowerCase().match(SEGMENT_AFTER_M_AT_END_OF_PATH)?.[1];
  return segment && MEETING_CODE_PATTERN.test(segment) ? segment : null;
}

function pathOf(value: string): string | null {
  try {
    const hasScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(value);
    const url = new URL(
      hasScheme || value.startsWith('/') ? value : `https://${value}`,
      'https://x',
    );
    return url.pathname;
  } catch {
    return null;
  }
}
