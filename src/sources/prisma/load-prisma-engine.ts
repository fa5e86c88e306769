import { importVendored } from '../common/vendor-import.js';

// Prisma's own schema engine (prisma-fmt compiled to WASM, `@prisma/prisma-schema-wasm`): the
// parser and validator `prisma generate` runs, so what it accepts and how it reads relations,
// `@map`s and defaults is Prisma's, not a guess. The package is wasm-bindgen CommonJS that reads
// its .wasm beside its JS at import (3 MB, ~100 ms), so it is imported only when a repository has
// Prisma schemas, and from `dist/vendor/prisma-schema-wasm/` in the bundle (ncc cannot carry it).

/** A schema as the engine takes it: one `[file, text]` pair per file of a multi-file schema. */
export type SchemaFiles = [file: string, text: string][];

interface PrismaSchemaWasm {
  get_datamodel(params: string): string;
  get_config(params: string): string;
}

export interface PrismaEngine {
  /**
   * The data model: the DMMF's `datamodel` part. `get_datamodel` gives it alone, 15× faster than
   * `get_dmmf` (documenso's schema: 75 ms against 1.2 s, which also builds Prisma Client's 7 MB
   * of query types). Throws the engine's error JSON when the schema is invalid.
   */
  dataModel(files: SchemaFiles): unknown;
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
    const wasm = typeof mod.get_datamodel === 'function' ? mod : mod.default!;
    return {
      dataModel: (files) => JSON.parse(wasm.get_datamodel(JSON.stringify({ prismaSchema: files }))),
      config: (files) => JSON.parse(wasm.get_config(JSON.stringify({ prismaSchema: files }))) as EngineConfig,
    };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
