/**
 * A 64-bit FNV-1a fingerprint of a text: enough to tell one key from another (an offer already
 * made, the text last copied), kept only in memory and session storage, never sent anywhere. It
 * cannot give the text back: a SCIM key has far more than 64 bits.
 */
export function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
