/**
 * What the notice shows when its cookie document did not load or is invalid: a quiet alert (no
 * retry; it never blocks the page). Loaded only then, with its strings and styles.
 */
import { html, type TemplateResult } from 'lit';
import { registerDefaults } from '../../i18n/catalogs.js';
import koCommon from '../../i18n/ko/common.js';
import type { NoticeLocalize } from './notice-localize.js';

export { stateStyles as failureStyles } from '../shared/state-styles.js';

registerDefaults('ko', 'common', koCommon);

export const failureTemplate = (invalid: boolean, localize: NoticeLocalize): TemplateResult =>
  html`<p class="alert" part="error" role="alert">${localize.term(invalid ? 'invalidPolicy' : 'loadError')}</p>`;
