import { lintPolicy, parsePolicyJson, policyHash, resolveText } from '../src/index.js';
import { SEEDS, policyUrl } from './seeds.js';
import { labelCells } from './cards.js';

const cell = (content: string | Node, className?: string): HTMLTableCellElement => {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.append(content);
  return td;
};

const code = (text: string): HTMLElement => Object.assign(document.createElement('code'), { textContent: text });

const row = async (seed: string): Promise<HTMLTableRowElement> => {
  const tr = document.createElement('tr');
  const link = Object.assign(document.createElement('a'), { href: policyUrl(seed), textContent: `${seed}.json` });
  const signup = Object.assign(document.createElement('a'), {
    href: `./signup.html?policy=${seed}`,
    textContent: '회원가입 폼',
  });
  const viewer = Object.assign(document.createElement('a'), {
    href: `./policy.html?policy=${seed}`,
    textContent: '처리방침',
  });
  const links = document.createElement('span');
  links.append(link, ' · ', viewer, ' · ', signup);
  tr.append(cell(links));
  const result = parsePolicyJson(await (await fetch(policyUrl(seed))).text());
  if (!result.valid) {
    const first = result.issues[0]!;
    tr.append(
      cell(''),
      cell(''),
      cell(`오류 ${result.issues.length}건: ${first.path} ${first.message.ko}`, 'fail'),
      cell(''),
      cell(''),
    );
    return tr;
  }
  const { policy } = result;
  tr.append(
    cell(resolveText(policy.controller.name, 'ko')),
    cell(policy.effectiveOn ?? '시행일 없음'),
    cell('유효', 'ok'),
    cell(String(lintPolicy(policy).length)),
    cell(code(await policyHash(policy))),
  );
  return tr;
};

const rows = await Promise.all(SEEDS.map(row));
document.querySelector('#policy-rows')!.replaceChildren(...rows);
labelCells(document.querySelector<HTMLTableElement>('table.policies')!);
