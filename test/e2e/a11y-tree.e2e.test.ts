/**
 * What a screen reader gets: the accessibility tree (CDP `Accessibility.getFullAXTree`, Chromium)
 * of each element's main states on the demo, compared with expectations: names with [필수]/[선택],
 * disclosure states, errors linked to their boxes, live announcements, dialogs and regions named.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo-server.js';

interface AXValue {
  readonly value?: unknown;
}
interface AXNode {
  readonly ignored: boolean;
  readonly role?: AXValue;
  readonly name?: AXValue;
  readonly description?: AXValue;
  readonly properties?: readonly { readonly name: string; readonly value: AXValue }[];
}

/** One node as a screen reader hears it. */
interface Heard {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly states: Readonly<Record<string, unknown>>;
}

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 60_000);
afterAll(() => demo?.stop());

/** The page's accessibility tree, without ignored nodes. */
const axTree = async (page: Page): Promise<Heard[]> => {
  const client = await page.context().newCDPSession(page);
  await client.send('Accessibility.enable');
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await client.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      description: String(node.description?.value ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      states: Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value])),
    }));
};

const named = (tree: Heard[], role: string, name: string | RegExp) =>
  tree.filter((node) => node.role === role && (typeof name === 'string' ? node.name === name : name.test(node.name)));

const one = (tree: Heard[], role: string, name: string | RegExp): Heard => {
  const found = named(tree, role, name);
  expect(found, `${role} "${String(name)}"`).toHaveLength(1);
  return found[0]!;
};

const open = async (path: string, ready: string, viewport = { width: 1280, height: 800 }) => {
  const page = await demo.browser.newPage({ viewport });
  await page.goto(`${demo.base}${path}`);
  await page.locator(ready).first().waitFor();
  return page;
};

describe('the accessibility tree', () => {
  it('signup form: boxes and toggles named with [필수]/[선택], disclosure states', async () => {
    const page = await open('/signup.html?policy=demo-shop', 'privacy-consent .base');
    let tree = await axTree(page);
    const boxes = tree.filter((node) => node.role === 'checkbox').map((node) => node.name);
    const items = boxes.filter((name) => /^\[(필수|선택)\]/.test(name));
    expect(items.length, boxes.join(' | ')).toBeGreaterThanOrEqual(5);
    expect(items.some((name) => name.startsWith('[필수]'))).toBe(true);
    expect(items.some((name) => name.startsWith('[선택]'))).toBe(true);
    // Each consent item's toggle (the age confirmation has none); notices without consent have no tag.
    const toggles = tree.filter((node) => node.role === 'button' && /^자세히 보기 ?: \[(필수|선택)\] /.test(node.name));
    expect(toggles.length).toBe(items.filter((name) => !/만 14세|야간/.test(name)).length);
    for (const toggle of toggles) expect(toggle.states.expanded, toggle.name).toBe(false);
    expect(new Set(toggles.map((toggle) => toggle.name)).size, 'toggle names differ').toBe(toggles.length);
    await page.locator('privacy-consent li.item [part=toggle]').first().click();
    tree = await axTree(page);
    expect(one(tree, 'button', /^접기 ?: \[필수\] /).states.expanded).toBe(true);
    await page.close();
  });

  it('signup form: a required box left unticked is invalid and described by its error; the result is announced', async () => {
    const page = await open('/signup.html?policy=demo-shop', 'privacy-consent .base');
    await page.fill('#user-id', 'hong1234');
    await page.fill('#password', 'correct horse battery');
    await page.fill('#email', 'hong@example.com');
    await page.getByRole('button', { name: '가입하기', exact: true }).click();
    await page.locator('privacy-consent [part=error]').first().waitFor();
    let tree = await axTree(page);
    const invalid = tree.filter((node) => node.role === 'checkbox' && node.states.invalid === 'true');
    expect(invalid.length).toBeGreaterThan(0);
    for (const box of invalid) {
      expect(box.name).toMatch(/^\[필수\]|만 14세/);
      expect(box.description, box.name).toContain('필수 항목입니다. 동의해야 가입할 수 있습니다.');
    }
    const consent = page.locator('privacy-consent');
    if (await consent.locator('#age').count()) await consent.locator('#age').check();
    await consent.locator('#agree-all').check();
    await page.getByRole('button', { name: '가입하기', exact: true }).click();
    await consent.locator('[part=receipt]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() =>
      document
        .querySelector('privacy-consent')!
        .shadowRoot!.querySelector('[aria-live=polite]')!
        .textContent!.includes('접수'),
    );
    tree = await axTree(page);
    expect(tree.filter((node) => node.role === 'status').length).toBeGreaterThan(0);
    expect(tree.some((node) => node.role === 'StaticText' && node.name === '정상적으로 접수되었습니다.')).toBe(true);
    await page.close();
  });

  it('cookie notice (opt-in): a named region with focus, equal choices; settings a named dialog', async () => {
    const page = await open('/cookies.html?policy=demo-shop', 'privacy-cookie-notice [part=banner]');
    await page.waitForFunction(() =>
      document.querySelector('privacy-cookie-notice')!.shadowRoot!.activeElement?.matches('[part=banner]'),
    );
    let tree = await axTree(page);
    expect(one(tree, 'region', '쿠키 사용 안내').states.focused).toBe(true);
    for (const name of ['모두 허용', '모두 거부', '설정']) one(tree, 'button', name);
    await page.locator('privacy-cookie-notice [data-choice=customize]').click();
    await page.locator('privacy-cookie-notice dialog[open]').waitFor();
    tree = await axTree(page);
    expect(one(tree, 'dialog', '쿠키 설정').states.modal).toBe(true);
    one(tree, 'button', '닫기');
    expect(one(tree, 'checkbox', /^필수 쿠키/).states.disabled).toBe(true);
    expect(one(tree, 'checkbox', '이용 통계').states.checked).toBe('false');
    const about = one(tree, 'button', '이용 통계 설명');
    expect(about.states.expanded).toBe(false);
    await page.locator('privacy-cookie-notice [data-category=analytics] .info').click();
    await page.locator('privacy-cookie-notice #about-analytics').waitFor();
    tree = await axTree(page);
    expect(one(tree, 'button', '이용 통계 설명').states.expanded).toBe(true);
    one(tree, 'group', '이용 통계 설명');
    await page.close();
  });

  it('cookie notice (notice mode): announced politely, focus left on the page', async () => {
    const page = await open('/cookies.html?policy=smartro', 'privacy-cookie-notice [part=banner]');
    await page.waitForFunction(() =>
      document
        .querySelector('privacy-cookie-notice')!
        .shadowRoot!.querySelector('[role=status]')!
        .textContent!.includes('쿠키 사용 안내가 열렸습니다'),
    );
    const tree = await axTree(page);
    one(tree, 'region', '쿠키 사용 안내');
    expect(named(tree, 'region', '쿠키 사용 안내')[0]!.states.focused).toBeUndefined();
    for (const name of ['확인']) one(tree, 'button', name);
    await page.close();
  });

  it('footer dialog: a named modal with its close button; a deep link focuses the heading', async () => {
    const page = await open('/footer.html', 'privacy-policy [part=trigger]');
    let tree = await axTree(page);
    expect(one(tree, 'button', '개인정보 처리방침').states.hasPopup).toBe('dialog');
    await page.locator('privacy-policy[section=cookies] [part=trigger]').click();
    await page.waitForFunction(
      () => document.querySelector('privacy-policy[section=cookies]')!.shadowRoot!.activeElement?.id === 'h-cookies',
    );
    tree = await axTree(page);
    expect(named(tree, 'dialog', '개인정보 처리방침').some((node) => node.states.modal === true)).toBe(true);
    one(tree, 'button', '닫기');
    const focused = tree.filter((node) => node.states.focused === true && node.role !== 'RootWebArea');
    expect(focused.map((node) => node.role)).toEqual(['heading']);
    expect(focused[0]!.name).toContain('자동 수집장치');
    await page.close();
  });

  it('policy viewer at 320 px: every scroll region named, no empty column header', async () => {
    const page = await open('/policy.html?policy=demo-shop', 'privacy-policy .document', { width: 320, height: 568 });
    const tree = await axTree(page);
    for (const header of tree.filter((node) => node.role === 'columnheader')) expect(header.name).not.toBe('');
    for (const region of tree.filter((node) => node.role === 'region')) expect(region.name).not.toBe('');
    await page.close();
  });
});
