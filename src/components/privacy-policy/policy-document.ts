/**
 * A loaded policy rendered as a document: header, notices of a previous or upcoming version and
 * the changes between versions, labels, table of contents, sections and their blocks. It ships
 * in the chunk the element loads with the policy's checker (policy-view.ts), not in its first load.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { checkPolicy } from '../../policy/check.js';
import { documentBase, isDocumentUrl } from '../../policy/links.js';
import { fetchPolicy } from '../../policy/load-core.js';
import type { PrivacyPolicy, VersionRef } from '../../policy/types.js';
import { emit } from '../shared/events.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { href, inLang, resolver, type Resolve } from '../shared/render-text.js';
import { renderBlock, type BlockContext } from './blocks.js';
import type * as DiffView from './diff-view.js';
import type { LazyViews } from './lazy-views.js';
import { headerTemplate, labelsTemplate, sectionIcon, sectionNumber, tocTemplate, type PartsContext } from './parts.js';
import { RowChunks } from './row-chunks.js';

/** What the element lends the document. */
export interface DocumentHost {
  readonly element: ReactiveElement;
  readonly localize: LocalizeController;
  readonly views: LazyViews;
  /** The current (checked) policy. */
  readonly current: () => PrivacyPolicy | undefined;
  /** The first render's completion, for moving focus. */
  readonly rendered: () => Promise<unknown>;
  /** Picks up the strings a chunk just registered. */
  readonly stringsArrived: () => void;
  /** Moves to an anchor without touching the page URL. */
  readonly go: (id: string) => (event: Event) => void;
}

interface Comparison {
  readonly older: PrivacyPolicy;
  readonly newer: PrivacyPolicy;
  readonly view: typeof DiffView;
}

/** Today as `YYYY-MM-DD` in the reader's time zone, to tell an upcoming version from a current one. */
const today = (): string => new Date().toLocaleDateString('sv');

/**
 * A previous or upcoming version's document: inline, or fetched from its URL and checked like any
 * other. A page or a PDF is never fetched: the header links to it instead.
 */
const versionPolicy = async (ref: VersionRef): Promise<PrivacyPolicy> => {
  if (ref.policy) {
    const result = checkPolicy(ref.policy);
    if (result.valid) return result.policy;
  }
  if (ref.url && !isDocumentUrl(ref)) return (await fetchPolicy(ref.url, checkPolicy)).policy;
  throw new Error(`No document for version ${ref.version}`);
};

export class PolicyDocument {
  /** Long tables, rendered a chunk of rows at a time (row-chunks.ts). */
  readonly rows: RowChunks;
  private previous?: { readonly ref: VersionRef; readonly policy: PrivacyPolicy };
  private comparison?: Comparison;
  private versionError = '';
  /** The text resolver, the same while the language and the policy are: long tables keep their cells. */
  private resolve?: { readonly key: string; readonly policy: PrivacyPolicy; readonly t: Resolve };

  constructor(private readonly host: DocumentHost) {
    this.rows = new RowChunks(host.element);
  }

  private changed(): void {
    this.host.element.requestUpdate();
  }

  private failed(error: unknown): void {
    this.versionError = this.host.localize.term('loadError');
    this.changed();
    emit(this.host.element, 'privacy-error', { error: error as Error, willRetry: false });
  }

  /** Shows a previous version (or, with `compare`, its changes to the current one); no version: the current. */
  async openVersion(version: string | undefined, compare = false): Promise<void> {
    const current = this.host.current();
    const ref = current?.previousVersions?.find((candidate) => candidate.version === version);
    if (this.versionError) {
      this.versionError = '';
      this.changed();
    }
    const root = this.host.element.renderRoot;
    if (!current || !ref) {
      if (!this.previous) return;
      this.previous = undefined;
      this.changed();
      // Back to the current version: focus goes to the versions list the reader came from.
      await this.host.rendered();
      root.querySelector<HTMLElement>('[part=versions] summary')?.focus();
      return;
    }
    try {
      const older = await versionPolicy(ref);
      if (compare) {
        this.comparison = { older, newer: current, view: await this.diffView() };
        this.changed();
      } else {
        this.previous = { ref, policy: older };
        this.changed();
        // The pressed button left with the versions list: focus the notice saying what is shown.
        await this.host.rendered();
        root.querySelector<HTMLElement>('.notice.previous')?.focus();
      }
    } catch (error) {
      this.failed(error);
    }
  }

  /** The list of changes, its styles adopted beside the document's. */
  private async diffView(): Promise<typeof DiffView> {
    const view = await import('./diff-view.js');
    this.host.views.adopt(view.styles);
    this.host.stringsArrived();
    return view;
  }

  private async showUpcoming(): Promise<void> {
    const current = this.host.current();
    const upcoming = current?.upcoming;
    if (!current || !upcoming) return;
    if (this.comparison) {
      this.comparison = undefined;
      this.changed();
      return;
    }
    try {
      const newer = await versionPolicy(upcoming);
      this.comparison = { older: current, newer, view: await this.diffView() };
      this.changed();
    } catch (error) {
      this.failed(error);
    }
  }

  private resolver(policy: PrivacyPolicy): Resolve {
    const { lang, catalogLang } = this.host.localize;
    const key = `${lang} ${catalogLang}`;
    if (this.resolve?.key !== key || this.resolve.policy !== policy)
      this.resolve = { key, policy, t: resolver(lang, policy.lang, documentBase(policy), catalogLang) };
    return this.resolve.t;
  }

  private upcomingNotice(current: PrivacyPolicy, t: Resolve): unknown {
    const { localize } = this.host;
    const upcoming =
      !this.previous && current.upcoming?.effectiveOn && current.upcoming.effectiveOn > today()
        ? current.upcoming
        : undefined;
    if (!upcoming) return nothing;
    const term = localize.term.bind(localize);
    return html`<div class="notice upcoming" part="notice">
      <p><strong>${term('upcoming', localize.date(upcoming.effectiveOn!))}</strong></p>
      ${
        upcoming.summary?.length
          ? html`<ul>
              ${upcoming.summary.map((line) => html`<li>${inLang(line, t)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        upcoming.url && !upcoming.policy && isDocumentUrl(upcoming) && href(upcoming.url, t)
          ? html`<a href=${href(upcoming.url, t)!}>${term('viewDocument', '')}</a>`
          : nothing
      }
      ${
        upcoming.policy || (upcoming.url && !isDocumentUrl(upcoming))
          ? html`<button
              type="button"
              class="link-button"
              aria-expanded=${this.comparison ? 'true' : 'false'}
              @click=${() => void this.showUpcoming()}
            >
              ${term(this.comparison ? 'hideChanges' : 'showChanges')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The document for the current policy (or the previous version shown). */
  template(current: PrivacyPolicy): TemplateResult {
    const { localize, views } = this.host;
    const policy = this.previous?.policy ?? current;
    const t = this.resolver(policy);
    const term = localize.term.bind(localize);
    const blocks: BlockContext = {
      t,
      term,
      lazy: views.load,
      expanded: views.expanded,
      toggle: views.toggle,
      date: (iso) => localize.date(iso),
      chunks: this.rows.take,
    };
    const parts: PartsContext = { t, localize, go: this.host.go };
    return html`<article part="document" class="document" lang=${localize.catalogLang}>
      ${headerTemplate(policy, this.previous ? [] : (current.previousVersions ?? []), (ref, compare) => void this.openVersion(ref.version, compare), parts)}
      ${
        this.previous
          ? html`<div class="notice previous" part="notice" role="status" tabindex="-1">
              ${term('viewingPrevious', this.previous.policy.effectiveOn ? localize.date(this.previous.policy.effectiveOn) : this.previous.ref.version)}
              <button type="button" class="link-button" @click=${() => void this.openVersion(undefined)}>
                ${term('backToCurrent')}
              </button>
            </div>`
          : nothing
      }
      ${this.upcomingNotice(current, t)}
      ${this.versionError ? html`<p class="alert" part="error" role="alert">${this.versionError}</p>` : nothing}
      ${
        this.comparison
          ? this.comparison.view.diffView(this.comparison.older, this.comparison.newer, t, localize, () => {
              this.comparison = undefined;
              this.changed();
            })
          : nothing
      }
      ${(policy.preface ?? []).map((block) => renderBlock(block, blocks))} ${labelsTemplate(policy, parts)}
      ${tocTemplate(policy, parts)}
      ${policy.sections.map(
        (section) =>
          html`<section id="p-${section.id}" part="section" aria-labelledby="h-${section.id}">
            <h3 id="h-${section.id}" tabindex="-1">
              ${section.icon ? sectionIcon(section.icon, t) : nothing}${inLang(sectionNumber(section), t)}
              ${inLang(section.title, t)}
            </h3>
            ${section.blocks.map((block) => (block.id ? html`<div id="p-${block.id}">${renderBlock(block, blocks)}</div>` : renderBlock(block, blocks)))}
          </section>`,
      )}
      ${(policy.closing ?? []).map((block) => renderBlock(block, blocks))}
    </article>`;
  }
}
