/** The modes of a member's account page; `signup` and any value this version does not know are the signup form. */
export type AccountMode = 'manage' | 'reconsent' | 'reconfirm';

const ACCOUNT_MODES: ReadonlySet<unknown> = new Set<AccountMode>(['manage', 'reconsent', 'reconfirm']);

/** Whether `mode` is an account mode; anything else (none, or a value this version does not know) is the signup form. */
export const isAccountMode = (mode: unknown): mode is AccountMode => ACCOUNT_MODES.has(mode);
