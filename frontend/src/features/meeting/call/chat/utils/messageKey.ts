/**
 * A fresh key for a chat message (the contract's `clientId`): 128 random bits in hex, sent
 * again when the message is retried so that the server stores it once. getRandomValues, unlike
 * randomUUID, also works on a page served over plain http on a LAN address.
 */
export function newMessageKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
