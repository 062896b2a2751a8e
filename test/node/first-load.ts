/**
 * An element's entry bundled as a site's bundler does it (esbuild, code splitting), for tests of
 * what its first load holds: the entry chunk and the chunks it imports statically. Module and
 * entry names are paths from the repository root (`src/…`), as the metafile gives them.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

export interface SplitBundle {
  readonly outputs: Metafile['outputs'];
  /** The output chunk a source module starts (an entry, or the target of an `import()`). */
  chunkOf(module: string): string | undefined;
  /** The given chunks and every chunk they import statically, transitively. */
  withStaticImports(...chunks: string[]): Set<string>;
  /** The source modules in the given chunks. */
  modulesOf(chunks: Iterable<string>): Set<string>;
  /** Whether one of `from` imports `chunk` dynamically. */
  importsDynamically(from: Iterable<string>, chunk: string): boolean;
}

export const bundleSplit = async (entry: string): Promise<SplitBundle> => {
  const { metafile } = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const { outputs } = metafile;
  return {
    outputs,
    chunkOf: (module) => Object.keys(outputs).find((path) => outputs[path]!.entryPoint === module),
    withStaticImports(...chunks) {
      const found = new Set(chunks);
      for (const path of found)
        for (const imported of outputs[path]!.imports)
          if (imported.kind === 'import-statement' && !imported.external) found.add(imported.path);
      return found;
    },
    modulesOf: (chunks) => new Set([...chunks].flatMap((path) => Object.keys(outputs[path]!.inputs))),
    importsDynamically: (from, chunk) =>
      [...from].some((path) =>
        outputs[path]!.imports.some((imported) => imported.kind === 'dynamic-import' && imported.path === chunk),
      ),
  };
};
