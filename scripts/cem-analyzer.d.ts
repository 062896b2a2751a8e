// The analyzer ships types for its programmatic `create()` only; this is its CLI module.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem <argv>` in `cwd`; with `noWrite` it returns the manifest without writing custom-elements.json. */
  export function cli(options?: { argv?: string[]; cwd?: string; noWrite?: boolean }): Promise<unknown>;
}
