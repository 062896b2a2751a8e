/**
 * Chaos: 300 consent records through Node outboxes that are reloaded mid-delivery, a network
 * that goes offline, and a proxy that drops, delays, resets and forges answers (test/chaos/).
 * Every record must end up stored exactly once, unchanged, in the receiver's SQLite file.
 * Nothing here depends on timing: the run waits (bounded) until nothing is pending.
 */
import { describe, expect, it } from 'vitest';
import { FAULTS, RETRY_AFTER_VALUES } from '../chaos/proxy.js';
import { runNodeChaos, summarize } from '../chaos/node-scenario.js';

describe('outbox under chaos (Node, real receiver and SQLite)', () => {
  it('stores each of 300 records exactly once through drops, resets, forged answers, reloads and offline periods', async () => {
    const result = await runNodeChaos({ records: 300, seed: 0x5eed, tabs: 2, reloads: 6, offlinePeriods: 3 });

    expect(result.drained, `still pending after 60 s: ${result.pending}`).toBe(true);
    expect(summarize(result)).toEqual({
      created: 300,
      stored: 300,
      duplicates: 0,
      lost: 0,
      unknown: 0,
      altered: 0,
      failed: 0,
      pending: 0,
    });
    expect(result.lost).toEqual([]);
    expect(result.duplicates).toEqual([]);
    // The chaos really happened: the same seed draws every kind of fault within the first
    // 300 POSTs, whatever the timing, and the outboxes were replaced mid-delivery.
    for (const fault of FAULTS) expect(result.stats.faults[fault], fault).toBeGreaterThan(0);
    for (const value of RETRY_AFTER_VALUES)
      expect(result.stats.retryAfter[value], `Retry-After: ${value}`).toBeGreaterThan(0);
    expect(result.stats.refused).toBeGreaterThan(0);
    expect(result.stats.posts).toBeGreaterThan(300);
    expect(result.stats.receiverErrors).toBe(0);
    expect(result.stats.stored).toBe(300);
    expect(result.instances).toBe(2 + 6);
  }, 90_000);
});
