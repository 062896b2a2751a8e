/**
 * Storage key prefixes of the outbox; the record id follows. Kept apart so the synchronous
 * hand-off (outbox-handoff.ts) can write an entry without pulling the outbox into first load.
 */
export const PENDING_PREFIX = 'privacy-consent:outbox:';
export const FAILED_PREFIX = 'privacy-consent:failed:';
export const LEASE_PREFIX = 'privacy-consent:lease:';
