import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Imports a WASM-backed package. In the bundle, ncc cannot carry these packages' .wasm/.data
 * files, so the build copies each package's own files to `dist/vendor/<name>/` and we load
 * them from there; from source (tests, `tsc` output) the ordinary node_modules copy is used.
 * The specifier is computed at run time so ncc does not try to inline the package.
 */
export async function importVendored<T>(vendorName: string, entry: string, packageName: string): Promise<T> {
  const candidate = join(dirname(fileURLToPath(import.meta.url)), 'vendor', vendorName, entry);
  if (existsSync(candidate)) return (await import(/* webpackIgnore: true */ pathToFileURL(candidate).href)) as T;
  const specifier = [packageName][0]!;
  return (await import(/* webpackIgnore: true */ specifier)) as T;
}
