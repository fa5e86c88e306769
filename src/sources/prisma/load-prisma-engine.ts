import { importVendored } from '../common/vendor-import.js';

// Prisma's own schema engine (prisma-fmt compiled to WASM, `@prisma/prisma-schema-wasm`): the
// parser and validator `prisma generate` runs, so what it accepts and how it reads relations,
// `@map`s and defaults is Prisma's, not a guess. The package is wasm-bindgen CommonJS that reads
// its .wasm beside its JS at import (3 MB, ~100 ms), so it is imported only when a repository has
// Prisma schemas, and from `dist/vendor/prisma-schema-wasm/` in the bundle (ncc cannot carry it).

/** A schema as the engine takes it: one `[file, text]` pair per file of a multi-file schema. */
export type SchemaFiles = [file: string, text: string][];

interface PrismaSchemaWasm {
  get_dmmf(params: string): string;
  get_config(params: string): string;
}

export interface PrismaEngine {
  /** The data model (DMMF) as JSON; throws the engine's error JSON when the schema is invalid. */
  dmmf(files: SchemaFiles): unknown;
  /** Datasources and generators; errors come back in the result, not thrown. */
  config(files: SchemaFiles): EngineConfig;
}

export interface EngineConfig {
  config: { datasources: { name: string; provider: string; activeProvider: string; schemas: string[] }[] };
  errors: { file_name: string; message: string }[];
}

let loading: Promise<PrismaEngine> | undefined;

export function loadPrismaEngine(): Promise<PrismaEngine> {
  loading ??= (async () => {
    // The Rust side reports a panic's message through this global before it aborts; without it the
    // report itself would throw and hide the message.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => undefined };
    const mod = await importVendored<PrismaSchemaWasm & { default?: PrismaSchemaWasm }>(
      'prisma-schema-wasm',
      'prisma_schema_build.js',
      '@prisma/prisma-schema-wasm',
    );
    const wasm = typeof mod.get_dmmf === 'function' ? mod : mod.default!;
    return {
      dmmf: (files) => JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: files }))),
      config: (files) => JSON.parse(wasm.get_config(JSON.stringify({ prismaSchema: files }))) as EngineConfig,
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
