/**
 * `npm run import:fidelity`: imports the five seed texts and prints, per seed, how many of the
 * hand-made file's typed-block rows and list items the draft has in the right place.
 */
import { seedFidelity } from '../test/node/import-seeds.js';

const percent = (right: number, total: number) => `${right}/${total}`.padStart(7);
console.log('seed          typed rows   list items   share');
for (const { name, fidelity } of seedFidelity())
  console.log(
    `${name.padEnd(12)}  ${percent(fidelity.typed.right, fidelity.typed.total)}      ${percent(fidelity.lists.right, fidelity.lists.total)}      ${(fidelity.share * 100).toFixed(1)}%`,
  );
