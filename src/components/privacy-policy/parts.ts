/**
 * The parts around the sections: the header (title, controller, dates, version, previous
 * versions), the labelling summary, and the table of contents.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import { policyLabels, type CountLabel, type PolicyLabels } from '../../policy/labels.js';
import { isDocumentUrl, resolveImage } from '../../policy/links.js';
import { ageLimit } from '../../policy/text.js';
import type { Image, PrivacyPolicy, Section, VersionRef } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { href, inLang, type Resolve } from '../shared/render-text.js';
import { email, phone } from './card-table.js';
import { pictogram, type Pictogram } from './pictograms.js';

export interface PartsContext {
  readonly t: Resolve;
  readonly localize: LocalizeController;
  /** Moves to an anchor inside the document (never changes the page URL). */
  readonly go: (id: string) => (event: Event) => void;
}

/** `1` → `1.`; `제 01 장` stays as printed. */
export const sectionNumber = (section: Section): string =>
  section.number ? (/^\d+$/.test(section.number) ? `${section.number}.` : section.number) : '';

const date = (iso: string | undefined, localize: LocalizeController) => (iso ? localize.date(iso) : undefined);

/** An icon beside a section's title (PIPC pictograms): shown only from an http(s) URL, with its text. */
export const sectionIcon = (icon: Image, t: Resolve): unknown => {
  const src = resolveImage(icon.src, t.base);
  return src
    ? html`<img
        class="section-icon"
        src=${src}
        alt=${t(icon.alt)}
        width=${icon.width ?? 24}
        height=${icon.height ?? 24}
        loading="lazy"
        referrerpolicy="no-referrer"
      />`
    : nothing;
};

/** `application/pdf` → `PDF`; a web page needs no word. */
const documentType = (mediaType: string | undefined, url: string): string => {
  const subtype = mediaType?.split('/')[1] ?? /\.(\w+)(?:[?#]|$)/.exec(url)?.[1] ?? '';
  return /^x?html?$/i.test(subtype) ? '' : subtype.replace(/^x-/, '').toUpperCase();
};

/** How a version is named in the list: its printed label, title, or the period it was in force. */
const versionName = (ref: VersionRef, t: Resolve, localize: LocalizeController): unknown[] => {
  const from = date(ref.effectiveOn, localize);
  const until = date(ref.effectiveUntil, localize);
  const period = from && until ? localize.term('versionPeriod', from, until) : (from ?? until);
  const name = ref.title && t(ref.title) ? inLang(ref.title, t) : period;
  const label = ref.label ? inLang(ref.label, t) : name ? undefined : ref.version;
  // The printed label and title in the policy's language, the period in the reader's.
  return [label, name, ref.title && period ? `(${period})` : undefined]
    .filter(Boolean)
    .flatMap((part, index) => (index ? [' ', part] : [part]));
};

/** One previous version: a policy to view and compare, or a page or PDF to open. */
const versionEntry = (
  ref: VersionRef,
  onVersion: (ref: VersionRef, compare: boolean) => void,
  t: Resolve,
  localize: LocalizeController,
): TemplateResult => {
  const term = localize.term.bind(localize);
  const name = versionName(ref, t, localize);
  if (ref.url && !ref.policy && isDocumentUrl(ref)) {
    const target = href(ref.url, t);
    const label = term('viewDocument', documentType(ref.mediaType, ref.url));
    return html`<li>
      <span>${name}</span>
      ${
        target
          ? html`<a href=${target}
              >${label}<span class="visually-hidden"> ${ref.label ? inLang(ref.label, t) : ref.version}</span></a
            >`
          : nothing
      }
    </li>`;
  }
  return html`<li>
    <span>${name}</span>
    <button type="button" class="link-button" @click=${() => onVersion(ref, false)}>
      ${term('viewVersion')}<span class="visually-hidden"> ${ref.label ? inLang(ref.label, t) : ref.version}</span>
    </button>
    ${
      ref.policy || ref.url
        ? html`<button type="button" class="link-button" @click=${() => onVersion(ref, true)}>
            ${term('compareWithCurrent')}<span class="visually-hidden">
              ${ref.label ? inLang(ref.label, t) : ref.version}</span
            >
          </button>`
        : nothing
    }
  </li>`;
};

export const headerTemplate = (
  policy: PrivacyPolicy,
  versions: readonly VersionRef[],
  onVersion: (ref: VersionRef, compare: boolean) => void,
  { t, localize }: PartsContext,
): TemplateResult => {
  const term = localize.term.bind(localize);
  return html`<header part="header" class="header">
    <h2 id="policy-title" tabindex="-1">${inLang(policy.title, t)}</h2>
    <p class="controller">
      ${inLang(policy.controller.name, t)}${policy.controller.publicBody ? html` <span class="badge">(${term('publicBody')})</span>` : nothing}
    </p>
    <dl class="dates">
      ${
        policy.enactedOn
          ? html`<div>
              <dt>${term('enactedOn')}</dt>
              <dd>${date(policy.enactedOn, localize)}</dd>
            </div>`
          : nothing
      }
      ${
        policy.announcedOn
          ? html`<div>
              <dt>${term('announcedOn')}</dt>
              <dd>${date(policy.announcedOn, localize)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${term('effectiveOn')}</dt>
        <dd>${date(policy.effectiveOn, localize) ?? term('noEffectiveDate')}</dd>
      </div>
      <div>
        <dt>${term('version')}</dt>
        <dd>${policy.versionLabel ? inLang(policy.versionLabel, t) : policy.version}</dd>
      </div>
    </dl>
    ${
      versions.length
        ? html`<details class="versions" part="versions">
            <summary>${term('previousVersions')}</summary>
            <ul>
              ${versions.map((ref) => versionEntry(ref, onVersion, t, localize))}
            </ul>
          </details>`
        : nothing
    }
  </header>`;
};

/** A checked policy is frozen: its labels are worked out once, not on every render (long tables render in chunks). */
const labelsOf = new WeakMap<PrivacyPolicy, PolicyLabels>();

/**
 * The labelling summary (PIPC 라벨링): one fact per label with its pictogram, each linking to
 * its section. A fact the data does not give reads "본문 참조" when a section covers it and
 * "표시 없음" when nothing does; overseas collection and the domestic representative are
 * shown only where the policy has them.
 */
export const labelsTemplate = (policy: PrivacyPolicy, { t, localize, go }: PartsContext): TemplateResult => {
  const term = localize.term.bind(localize);
  let labels = labelsOf.get(policy);
  if (!labels) labelsOf.set(policy, (labels = policyLabels(policy)));
  const unstated = (section?: string) => term(section ? 'seeSection' : 'notStated');
  const organisations = ({ count, section }: CountLabel) =>
    count === undefined ? unstated(section) : count ? term('organisations', count) : term('notApplicable');
  const { items, overseas, children, officer, automatedDecisions, behaviouralAds } = labels;
  const { overseasCollection, domesticAgent } = labels;
  const itemCount = items.required + items.optional + items.unmarked;
  const entries: [Pictogram, CatalogKey, unknown, string | undefined][] = [
    [
      'items',
      'labelItems',
      itemCount ? term('itemsCount', items.required, items.optional, items.unmarked) : unstated(items.section),
      items.section,
    ],
    ['third-party', 'labelThirdParty', organisations(labels.thirdParty), labels.thirdParty.section],
    ['entrustment', 'labelEntrustment', organisations(labels.entrustment), labels.entrustment.section],
    [
      'overseas',
      'labelOverseas',
      overseas.count ? term('overseasCount', overseas.count, overseas.countries ?? 0) : organisations(overseas),
      overseas.section,
    ],
    [
      'sensitive',
      'labelSensitive',
      labels.sensitive.processed ? term('inUse') : term('notStated'),
      labels.sensitive.section,
    ],
    [
      'children',
      'labelChildren',
      children.policy
        ? term(
            children.policy.handling === 'not-offered' ? 'childrenNotOffered' : 'childrenGuardian',
            ageLimit(children.policy),
          )
        : term('notStated'),
      children.section,
    ],
    ['cookies', 'labelCookies', labels.cookies.used ? term('inUse') : term('notStated'), labels.cookies.section],
    [
      'behavioural-ads',
      'labelAds',
      behaviouralAds.count === undefined ? unstated(behaviouralAds.section) : term('adsInUse', behaviouralAds.count),
      behaviouralAds.section,
    ],
    [
      'automated-decisions',
      'labelAutomated',
      automatedDecisions.count === undefined
        ? unstated(automatedDecisions.section)
        : term('decisionsCount', automatedDecisions.count),
      automatedDecisions.section,
    ],
    [
      'officer',
      'labelOfficer',
      officer.contact
        ? html`${officer.contact.name ? inLang(officer.contact.name, t) : nothing} ${phone(officer.contact.phone, t)}
          ${email(officer.contact.email)}`
        : term('notStated'),
      officer.section,
    ],
  ];
  if (overseasCollection.section)
    entries.splice(4, 0, [
      'overseas-collection',
      'labelOverseasCollection',
      overseasCollection.count ? term('countriesCount', overseasCollection.count) : term('seeSection'),
      overseasCollection.section,
    ]);
  if (domesticAgent.section)
    entries.push([
      'domestic-agent',
      'labelAgent',
      domesticAgent.agent ? inLang(domesticAgent.agent.name, t) : term('seeSection'),
      domesticAgent.section,
    ]);
  return html`<section class="labels" part="labels" aria-labelledby="labels-title">
    <h3 id="labels-title">${term('labels')}</h3>
    <ul>
      ${entries.map(
        ([key, title, value, section]) =>
          html`<li data-label=${key}>
            ${pictogram(key)}
            ${section ? html`<a href="#p-${section}" @click=${go(section)}>${term(title)}</a>` : html`<span>${term(title)}</span>`}
            <span class="label-value">${value}</span>
          </li>`,
      )}
    </ul>
  </section>`;
};

export const tocTemplate = (policy: PrivacyPolicy, { t, localize, go }: PartsContext): TemplateResult =>
  html`<nav class="toc" part="toc" aria-labelledby="toc-title">
    <h3 id="toc-title">${localize.term('toc')}</h3>
    <ul>
      ${policy.sections.map(
        (section) =>
          html`<li>
            <a href="#p-${section.id}" @click=${go(section.id)}
              >${inLang(sectionNumber(section), t)} ${inLang(section.title, t)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
