/**
 * The parts around the sections: the header (title, controller, dates, version, previous
 * versions), the labelling summary, and the table of contents.
 */
import { ageLimit } from '../../policy/text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { policyLabels } from '../../policy/labels.js';
import type { PrivacyPolicy, Section, VersionRef } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { Resolve } from '../shared/render-text.js';
import { phone } from './blocks.js';

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

export const headerTemplate = (
  policy: PrivacyPolicy,
  versions: readonly VersionRef[],
  onVersion: (ref: VersionRef, compare: boolean) => void,
  { t, localize }: PartsContext,
): TemplateResult => {
  const term = localize.term.bind(localize);
  return html`<header part="header" class="header">
    <h2 id="policy-title" tabindex="-1">${t(policy.title)}</h2>
    <p class="controller">${t(policy.controller.name)}</p>
    <dl class="dates">
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
        <dd>${policy.version}</dd>
      </div>
    </dl>
    ${
      versions.length
        ? html`<details class="versions" part="versions">
            <summary>${term('previousVersions')}</summary>
            <ul>
              ${versions.map(
                (ref) =>
                  html`<li>
                    <span>${ref.title ? t(ref.title) : (date(ref.effectiveOn, localize) ?? ref.version)}</span>
                    <button type="button" class="link-button" @click=${() => onVersion(ref, false)}>
                      ${term('viewVersion')}<span class="visually-hidden"> ${ref.version}</span>
                    </button>
                    ${
                      ref.policy || ref.url
                        ? html`<button type="button" class="link-button" @click=${() => onVersion(ref, true)}>
                            ${term('compareWithCurrent')}<span class="visually-hidden"> ${ref.version}</span>
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
  </header>`;
};

/** The labelling summary (PIPC 라벨링): one fact per label, each linking to its section. */
export const labelsTemplate = (policy: PrivacyPolicy, { t, localize, go }: PartsContext): TemplateResult => {
  const term = localize.term.bind(localize);
  const labels = policyLabels(policy);
  const count = (value?: number) =>
    value === undefined ? term('notStated') : value ? localize.term('organisations', value) : term('notApplicable');
  const children = labels.children.policy;
  const officer = labels.officer.contact;
  const entries: [string, string, unknown, string | undefined][] = [
    [
      'items',
      term('labelItems'),
      localize.term('itemsCount', labels.items.required, labels.items.optional),
      labels.items.section,
    ],
    ['third-party', term('labelThirdParty'), count(labels.thirdParty.count), labels.thirdParty.section],
    ['entrustment', term('labelEntrustment'), count(labels.entrustment.count), labels.entrustment.section],
    ['overseas', term('labelOverseas'), count(labels.overseas.count), labels.overseas.section],
    [
      'sensitive',
      term('labelSensitive'),
      labels.sensitive.processed ? term('inUse') : term('notStated'),
      labels.sensitive.section,
    ],
    [
      'children',
      term('labelChildren'),
      children
        ? localize.term(
            children.handling === 'not-offered' ? 'childrenNotOffered' : 'childrenGuardian',
            ageLimit(children),
          )
        : term('notStated'),
      labels.children.section,
    ],
    ['cookies', term('labelCookies'), labels.cookies.used ? term('inUse') : term('notStated'), labels.cookies.section],
    [
      'officer',
      term('labelOfficer'),
      officer
        ? html`${officer.name ? t(officer.name) : nothing} ${phone(officer.phone)} ${officer.email ?? nothing}`
        : term('notStated'),
      labels.officer.section,
    ],
  ];
  return html`<section class="labels" part="labels" aria-labelledby="labels-title">
    <h3 id="labels-title">${term('labels')}</h3>
    <ul>
      ${entries.map(
        ([key, title, value, section]) =>
          html`<li data-label=${key}>
            ${section ? html`<a href="#p-${section}" @click=${go(section)}>${title}</a>` : html`<span>${title}</span>`}
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
            <a href="#p-${section.id}" @click=${go(section.id)}>${sectionNumber(section)} ${t(section.title)}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
