/** A consent record's id, made where the record starts (the form's value carries it before the record is built). */

/**
 * A random UUID (v4) from `crypto.getRandomValues`, which every browser has on every page;
 * `crypto.randomUUID` exists only in secure contexts, so a plain-http shop would throw.
 */
export const newRecordId = (): string => {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
