import { meetingPath } from '../../../../config/paths';

export function inviteLink(code: string): string {
  return `${location.origin}${meetingPath(code)}`;
}

/** Clipboard first; where that is refused, a hidden textarea and the copy command. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
