/**
 * The demo's backend, inside the Vite dev (and preview) server: the reference receiver at
 * POST /api/consent, storing in demo/.data/consents.db (or in PostgreSQL when `DATABASE_URL`
 * is set, e.g. `DATABASE_URL=postgres://localhost/consents npm start`), and GET /api/receipts
 * listing what was stored, for demo/receipts.html; GET /api/consent/state and /history for the
 * demo member of account.html (demo-member.ts: a stand-in authorize hook, and their signup seeded
 * on first start). Demo only: a real host never lists records publicly.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import {
  createConsentReceiver,
  createPostgresStore,
  createSqliteStore,
  knownPolicy,
  loadPolicyFiles,
  type ConsentStore,
  type KnownPolicy,
} from '../../src/server/index.js';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { ACCOUNT_POLICY, changedPolicy } from '../account-policy.js';
import { hasTerms, withExampleTerms } from '../example-terms.js';
import { authorizeDemo, seedDemoMember } from './demo-member.js';

/** How many records the receipts page shows at most. */
const LIST_LIMIT = 200;

const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
};

/** GET /api/receipts: the stored records, newest first. */
const listReceipts =
  (store: ConsentStore) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET')
      return sendJson(res, 405, { error: { code: 'method-not-allowed', message: 'Use GET' } }, { Allow: 'GET' });
    sendJson(res, 200, await store.list({ limit: LIST_LIMIT }));
  };

/**
 * GET /cookies/<seed>.json: the seed's cookie document, as `privacy-consent cookies` would print
 * it at a site's build time, so cookies.html shows its banner without downloading the policy.
 */
const serveCookieDocuments =
  (seeds: ReadonlyMap<string, KnownPolicy>) =>
  (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const name = /^\/([\w-]+)\.json(?:\?|$)/.exec(req.url ?? '')?.[1];
    const seed = name === undefined ? undefined : seeds.get(name);
    if (!seed || req.method !== 'GET') return next();
    const url = `/policy.html?policy=${name}`;
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(JSON.stringify(cookieDocument(seed.policy, seed.hash, { url })));
  };

/** PostgreSQL when `DATABASE_URL` names one, otherwise the SQLite file in the data folder. */
const openDemoStore = (root: string): ConsentStore => {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresStore({ connectionString: url });
  // Tests point this elsewhere so they never write to the demo's own database.
  const dataDir = process.env.PRIVACY_CONSENT_DEMO_DATA ?? join(root, '.data');
  mkdirSync(dataDir, { recursive: true });
  return createSqliteStore(join(dataDir, 'consents.db'));
};

/** Loads the seed policies, opens the store and mounts both routes on a dev or preview server. */
const mount = async (server: ViteDevServer | PreviewServer, root: string): Promise<void> => {
  const policyDir = join(root, 'policies');
  const files = readdirSync(policyDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(policyDir, name));
  // Fails the server start on an invalid seed: records checked against it would be misjudged.
  const seeds = await loadPolicyFiles(files);
  // signup.html shows each seed with example terms (demo/example-terms.ts): a document of its own.
  const examples = seeds.filter((known) => !hasTerms(known.policy));
  // account.html's simulated policy change publishes a new version of its policy.
  const account = seeds.find((known) => known.policy.id === ACCOUNT_POLICY)!;
  const policies = [
    ...seeds,
    ...(await Promise.all(examples.map((known) => knownPolicy(withExampleTerms(known.policy))))),
    await knownPolicy(changedPolicy(account.policy)),
  ];
  const store = openDemoStore(root);
  server.httpServer?.once('close', () => void store.close?.());
  await seedDemoMember(store, account);
  // GET /api/consent/state?subject= and …/history for account.html, behind a stand-in authorize hook.
  server.middlewares.use('/api/consent', createConsentReceiver({ policies, store, authorize: authorizeDemo }));
  const byName = new Map(files.map((file, index) => [basename(file, '.json'), seeds[index]!]));
  server.middlewares.use('/cookies', serveCookieDocuments(byName));
  server.middlewares.use('/api/receipts', (req, res, next) => void listReceipts(store)(req, res).catch(next));
  const where = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  server.config.logger.info(
    `  consent receiver: POST /api/consent (${policies.length} policies, ${where}), GET /api/consent/state|history?subject=demo-member, GET /api/receipts`,
  );
};

/** The Vite plugin: `plugins: [demoServer()]` in the serve config. */
export const demoServer = (): Plugin => ({
  name: 'privacy-consent-demo-server',
  // Added directly (not in a returned post hook) so the routes come before Vite's HTML fallback.
  configureServer: (server) => mount(server, server.config.root),
  configurePreviewServer: (server) => mount(server, server.config.root),
});
