/**
 * How an element delivers a consent record: the one path both the consent form and the cookie
 * notice use. The record is stored synchronously (so leaving the page at once loses nothing),
 * then sent through the page's shared outbox, a lazy chunk preloaded when the page is idle.
 * The host hears `privacy-error` (`willRetry: true` on each failed attempt, `false` when it ends)
 * and `privacy-warning` when the browser cannot store records.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { absoluteEndpoint, endpointProblem } from '../../consent/endpoint.js';
import { saveForDelivery } from '../../consent/outbox-handoff.js';
import { OutboxError } from '../../consent/outbox-error.js';
import type { OutboxEventMap } from '../../consent/outbox-types.js';
import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';
import { emit } from './events.js';
import { loadOutbox, loadOutboxWhenIdle } from './outbox-loader.js';

/** What an element offers to deliver through: its delivery attributes and properties. */
export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  /** Where records are POSTed; relative URLs resolve against the page. No endpoint: nothing is sent. */
  endpoint?: string;
  /** Extra request headers, e.g. a CSRF token; stored with the record for resends. */
  headers: Record<string, string>;
  /** Allows a plain-http endpoint on another host (refused by default). */
  allowInsecureEndpoint: boolean;
}

/** `sending`: first attempt under way; `retrying`: an attempt failed and another is scheduled. */
export type DeliveryStatus = 'idle' | 'sending' | 'retrying' | 'delivered' | 'failed';

export class DeliveryController implements ReactiveController {
  /** Where the latest delivery stands; the host re-renders on every change. */
  status: DeliveryStatus = 'idle';
  /** The browser refused to store a record: it lives in memory only until sent. */
  storageUnavailable = false;

  constructor(
    private readonly host: DeliveryHost,
    /** Told of every status change and of `storage-unavailable`, e.g. to announce it. */
    private readonly onNews: (news: DeliveryStatus | 'storage-unavailable') => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    loadOutboxWhenIdle();
  }

  /**
   * Stores and sends a record. Resolves with the receiver's receipt, or `null` without an
   * endpoint; rejects with an {@link OutboxError} when the endpoint is unusable or the receiver
   * refuses the record. Network trouble is retried for as long as the page lives, and after.
   */
  async deliver(record: ConsentRecord): Promise<ConsentReceipt | null> {
    if (!this.host.endpoint) return null;
    const endpoint = absoluteEndpoint(this.host.endpoint, location.href);
    const problem = endpoint ? endpointProblem(endpoint, this.host.allowInsecureEndpoint) : 'scheme';
    if (problem) return this.fail(new OutboxError(problem === 'scheme' ? 'endpoint' : 'insecure', record.recordId));
    const headers = { ...this.host.headers };
    this.set('sending');
    if (!saveForDelivery(record, endpoint!, headers)) this.warnStorage();
    const outbox = (await this.loadOutbox(record)).sharedOutbox();
    const onError = ({ detail }: OutboxEventMap['error']) => {
      if (detail.record.recordId !== record.recordId || !detail.willRetry) return;
      this.set('retrying');
      emit(this.host, 'privacy-error', { error: detail.error, willRetry: true });
    };
    outbox.addEventListener('error', onError);
    try {
      const receipt = await outbox.send(record, endpoint!, headers);
      this.set('delivered');
      return receipt;
    } catch (error) {
      return this.fail(error as Error);
    } finally {
      outbox.removeEventListener('error', onError);
    }
  }

  /**
   * The outbox chunk, retried with growing waits (1 s to 1 min) while its download fails: the
   * record is already stored, so the host hears `privacy-error` with `willRetry: true`. A browser
   * may keep refusing a module that failed once (HTML caches the failure); the next page sends it.
   */
  private async loadOutbox(record: ConsentRecord): Promise<Awaited<ReturnType<typeof loadOutbox>>> {
    for (let attempt = 0; ; attempt++)
      try {
        return await loadOutbox();
      } catch (cause) {
        this.set('retrying');
        const error = Object.assign(new OutboxError('network', record.recordId), { cause });
        emit(this.host, 'privacy-error', { error, willRetry: true });
        await new Promise((resolve) => setTimeout(resolve, Math.min(60_000, 1000 * 2 ** attempt)));
      }
  }

  private fail(error: Error): never {
    this.set('failed');
    emit(this.host, 'privacy-error', { error, willRetry: false });
    throw error;
  }

  private warnStorage(): void {
    this.storageUnavailable = true;
    this.onNews('storage-unavailable');
    emit(this.host, 'privacy-warning', { code: 'storage-unavailable' });
  }

  private set(status: DeliveryStatus): void {
    this.status = status;
    this.onNews(status);
    this.host.requestUpdate();
  }
}
