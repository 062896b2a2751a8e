import '../src/privacy-policy.js';
import { SEEDS, policyUrl } from './seeds.js';

const params = new URLSearchParams(location.search);
const choices: readonly string[] = [...SEEDS, 'demo-shop'];
const seed = choices.find((name) => name === params.get('policy')) ?? SEEDS[0];
const viewer = document.querySelector('privacy-policy')!;
viewer.src = policyUrl(seed);
// Deep link: ?policy=smartro&section=cookies opens at that section.
const section = params.get('section');
if (section) viewer.section = section;

document.querySelector('#seed-nav')!.replaceChildren(
  ...choices.map((name) => {
    const link = Object.assign(document.createElement('a'), { href: `?policy=${name}`, textContent: name });
    if (name === seed) link.setAttribute('aria-current', 'page');
    return link;
  }),
);
