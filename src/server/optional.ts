/**
 * An optional peer dependency (node-sqlite3-wasm, pg), loaded on first use. When it is not
 * installed, the error names the package to install instead of a bare MODULE_NOT_FOUND.
 */
import { createRequire } from 'node:module';

export const requireOptional = <T>(name: string, feature: string): T => {
  try {
    return createRequire(import.meta.url)(name) as T;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      `${feature} needs the ${name} package, an optional peer dependency of privacy-consent: npm install ${name}`,
      {
        cause: error,
      },
    );
  }
};
