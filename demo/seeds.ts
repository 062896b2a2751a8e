/** The five real policies the model was specified from, by file name. */
export const SEEDS = ['smartro', 'smallticket', 'sellmate', 'esolutiontg', 'qsolution'] as const;
export type Seed = (typeof SEEDS)[number];

export const policyUrl = (seed: string): string => new URL(`./policies/${seed}.json`, import.meta.url).href;
