const CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const CODE_AT_END_OF_PATH = /\/m\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;

function isMeetingCode(value: string): boolean {
  return CODE.test(value);
}

/**
 * Reads what someone typed or pasted into a "join" box: a code (`abc-defg-hij`, any case,
 * with or without dashes) or a link whose path ends in `/m/abc-defg-hij`. Returns the
 * normalised code, or null when the input is neither.
 */
export function parseMeetingInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;

  const lower = value.toLowerCase();
  if (isMeetingCode(lower)) return lower;

  const letters = lower.replace(/[\s-]/g, '');
  if (/^[a-z]{10}$/.test(letters)) {
    return `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7)}`;
  }

  const path = pathOf(value);
  const match = path?.toLowerCase().match(CODE_AT_END_OF_PATH);
  return match?.[1] ?? null;
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
