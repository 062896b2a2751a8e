// The Consent Mode head script ships byte for byte as written (its CSP hash is documented), so the
// build copies it rather than bundling it.
import { copyFileSync } from 'node:fs';

copyFileSync(
  new URL('../src/consent-mode-head.js', import.meta.url),
  new URL('../dist/consent-mode-head.js', import.meta.url),
);
