/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme) and the policy content hash.
 * The same bytes come out in Node and in every browser, so a hash computed by the signup
 * form can be checked by the receiver.
 */
import { MAX_DEPTH } from './issues.js';

const serialize = (value: unknown, depth: number): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Not JSON: ${value}`);
    return JSON.stringify(value);
  }
  if (depth >= MAX_DEPTH) throw new TypeError(`Not hashed: nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) return `[${value.map((item) => serialize(item ?? null, depth + 1)).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${serialize((value as Record<string, unknown>)[key], depth + 1)}`);
  return `{${entries.join(',')}}`;
};

/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no
 * whitespace, numbers and strings as ECMAScript's JSON.stringify writes them (RFC 8785 §3.2).
 * Throws a TypeError for what is not JSON, including nesting deeper than {@link MAX_DEPTH}
 * (a validated policy never is): recursion stays bounded, never a stack overflow.
 */
export const canonicalize = (value: unknown): string => serialize(value, 0);

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

const sha256 = async (data: Uint8Array): Promise<Uint8Array> => {
  // WebCrypto exists in Node and in secure browser contexts; plain-http pages lack it,
  // so the pure-JS digest is loaded only there.
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  const { sha256: digest } = await import('@noble/hashes/sha2.js');
  return digest(data);
};

/** `sha256-<base64>` (the Subresource Integrity form) of a value's canonical JSON. */
export const contentHash = async (value: unknown): Promise<string> =>
  `sha256-${toBase64(await sha256(new TextEncoder().encode(canonicalize(value))))}`;

/**
 * The content hash of a policy document. `$schema` is an editor hint, not content, so it is
 * left out: pointing a file at another schema URL does not change its hash.
 */
export const policyHash = (policy: object): Promise<string> => {
  const { $schema: _hint, ...content } = policy as Record<string, unknown>;
  return contentHash(content);
};
