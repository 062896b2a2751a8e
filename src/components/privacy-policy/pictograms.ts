/**
 * Pictograms of the labelling summary, in the manner of PIPC's 라벨링 icons but drawn here:
 * one stroked path each on a 24×24 grid, in `currentColor` (so forced-colors mode recolours
 * them like text), hidden from assistive technology because the label's text names it.
 */
import { html, type TemplateResult } from 'lit';

/** A circle as path commands, so every pictogram stays a single path. */
const ring = (x: number, y: number, r: number) =>
  `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

const PATHS = {
  // A clipboard with lines: what is collected.
  items: 'M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M8 11h8M8 15h8',
  // A box with an arrow leaving it: provided to someone else.
  'third-party': 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  // A briefcase: work entrusted to a processor.
  entrustment: 'M4 8h16v11H4zM9 8V5h6v3M4 13h16',
  // A globe: transferred abroad.
  overseas: `${ring(12, 12, 9)}M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18`,
  // A part of a globe with an arrow coming in: collected from abroad.
  'overseas-collection': 'M12 3a9 9 0 1 0 9 9M21 3l-7 7M14 5v5h5',
  // A shield with an exclamation mark: sensitive information.
  sensitive: 'M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6zM12 8v5M12 16v.01',
  // A child.
  children: `${ring(12, 5.5, 2.5)}M12 10v6M8 12l4-2 4 2M9 21l3-5 3 5`,
  // A bitten cookie.
  cookies: 'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 3 3 3 3 0 0 0 3 3 3 3 0 0 0 3 3zM8 10v.01M12 15v.01M16 15v.01M8.5 15.5v.01',
  // An eye: behaviour watched for advertising.
  'behavioural-ads': `M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z${ring(12, 12, 3)}`,
  // A chip: decided by a machine.
  'automated-decisions': 'M7 7h10v10H7zM10 10h4v4h-4zM10 3v4M14 3v4M10 17v4M14 17v4M3 10h4M3 14h4M17 10h4M17 14h4',
  // A person: the privacy officer.
  officer: `${ring(12, 7, 4)}M4 21c0-4 4-7 8-7s8 3 8 7`,
  // An identity card: the domestic representative.
  'domestic-agent': `M3 5h18v14H3z${ring(8, 10, 2)}M5 16c.5-2 5.5-2 6 0M13 9h5M13 13h5`,
} as const;

export type Pictogram = keyof typeof PATHS;

export const pictogram = (name: Pictogram): TemplateResult =>
  html`<svg class="pictogram" viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[name]}></path></svg>`;
