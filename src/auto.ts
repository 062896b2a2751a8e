/**
 * The self-contained script-tag build: `<script src="privacy-consent.iife.js"></script>`
 * registers every element and exposes the API as `window.PrivacyConsent`.
 */
export * from './index.js';
