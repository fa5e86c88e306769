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
  const candidate = vendoredFile(vendorName, entry);
  if (candidate !== undefined) return (await import(/* webpackIgnore: true */ pathToFileURL(candidate).href)) as T;
  const specifier = [packageName][0]!;
  return (await import(/* webpackIgnore: true */ specifier)) as T;
}

/**
 * The path of a file the build put in `dist/vendor/<name>/`, found the way importVendored finds
 * entries; undefined when running from source (no vendor folder there) or when the file is absent.
 */
export function vendoredFile(vendorName: string, file: string): string | undefined {
  const candidate = join(dirname(fileURLToPath(import.meta.url)), 'vendor', vendorName, file);
  return existsSync(candidate) ? candidate : undefined;
}
