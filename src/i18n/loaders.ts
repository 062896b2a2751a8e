import type { Namespace, NamespaceStrings } from './catalog.js';

/** Loads one namespace of a language's strings. */
export type Loaders = Readonly<
  Record<string, { readonly [N in Namespace]: () => Promise<{ default: NamespaceStrings[N] }> }>
>;

/**
 * The languages that ship with the library besides Korean: one chunk per namespace. A module of
 * its own (it imports no catalog), so a view can load languages without bundling the catalog
 * module a second time in a chunk of its own.
 */
export const loaders: Loaders = {
  en: {
    common: () => import('./en/common.js'),
    consent: () => import('./en/consent.js'),
    account: () => import('./en/account.js'),
    policy: () => import('./en/policy.js'),
    cookies: () => import('./en/cookies.js'),
  },
};
