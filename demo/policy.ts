import '../src/privacy-policy.js';
import { SEEDS, policyUrl } from './seeds.js';

const params = new URLSearchParams(location.search);
// The seeds, then the examples (not real companies): demo-shop, and one for each structure of
// the richer model (grouped tables, links, figures, public bodies, processors abroad).
const choices: readonly string[] = [...SEEDS, 'demo-shop', 'example-portal', 'example-public', 'example-travel'];
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
