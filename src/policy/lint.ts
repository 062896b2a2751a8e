/**
 * Completeness lint: where a valid policy falls short of what PIPA (as it stands in 2025) asks a
 * 처리방침 and a consent notice to say. Warnings, not errors: a real policy with gaps must still
 * render, and the gaps must be visible rather than silently fixed. Each rule lives in its own
 * module; docs/policy-format.md lists every code with the provision it rests on.
 */
import { formatPath } from './issues.js';
import { lintBlocks } from './lint-blocks.js';
import { lintConsents } from './lint-consent.js';
import { lintData } from './lint-data.js';
import { lintDocument } from './lint-document.js';
import { lintGuardian } from './lint-guardian.js';
import { lintMatch } from './lint-match.js';
import { lintOverseas } from './lint-overseas.js';
import { lintRetention } from './lint-retention.js';
import { lintTables } from './lint-tables.js';
import type { LintContext, LintOptions, LintWarning, Warn } from './lint-types.js';
import { lintVersions } from './lint-versions.js';
import { plainText } from './text.js';
import type { PrivacyPolicy } from './types.js';

export type { LintCode, LintOptions, LintWarning } from './lint-types.js';

const RULES: readonly ((context: LintContext) => void)[] = [
  lintDocument,
  lintGuardian,
  lintConsents,
  lintOverseas,
  lintData,
  lintRetention,
  lintMatch,
  lintBlocks,
  lintVersions,
  lintTables,
];

/**
 * Lints a valid policy. Returns warnings grouped by rule, each rule in document order. `options`
 * settle the readings the law leaves open, conservative by default.
 */
export const lintPolicy = (policy: PrivacyPolicy, options: LintOptions = {}): LintWarning[] => {
  const warnings: LintWarning[] = [];
  const warn: Warn = (code, path, message, ref) => {
    warnings.push({ code, path: formatPath(path), message, ...(ref ? { ref } : {}) });
  };
  const context: LintContext = {
    policy,
    options: { overseasRefusal: options.overseasRefusal ?? 'every-route' },
    warn,
    text: (value) => plainText(value, policy.lang, policy.lang),
  };
  for (const rule of RULES) rule(context);
  return warnings;
};
