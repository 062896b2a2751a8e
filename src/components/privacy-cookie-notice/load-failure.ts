/**
 * What the notice shows when its cookie document did not load or is invalid: a quiet alert (no
 * retry; it never blocks the page). Loaded only then, with its strings and styles.
 */
import { html, type TemplateResult } from 'lit';
import koCommon from '../../i18n/ko/common.js';
import type { CookieLocalizeController, KoreanDefaults } from './cookie-localize-controller.js';

import { stateStyles } from '../shared/state-styles.js';
import { moreTokens } from '../shared/more-tokens.js';

/** The alert's Korean strings. */
export const koreanDefaults: KoreanDefaults = { common: koCommon };

/** The alert's styles and the tokens they read beyond the banner's (the danger colour). */
export const failureStyles = [moreTokens, stateStyles];

export const failureTemplate = (invalid: boolean, localize: CookieLocalizeController): TemplateResult =>
  html`<p class="alert" part="error" role="alert">${localize.term(invalid ? 'invalidPolicy' : 'loadError')}</p>`;
