import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RouteDefinition } from '../definitions/routes';
import type { LambdaHttpHandler, LocalRoute } from './local-server';

const ROOT = join(__dirname, '../..');
const load = createRequire(__filename);

/** Imports each route's real handler module (after the environment is set, as at a cold start). */
export async function loadRoutes(definitions: readonly RouteDefinition[]): Promise<LocalRoute[]> {
  return Promise.all(
    definitions.map(async (definition) => {
      // Required, not imported: the local entry points run TypeScript through tsx's CommonJS hook only
      // (package.json "start"), whose ESM hook turns JSON files into modules that Node 22's require cannot read.
      const module = load(join(ROOT, definition.entry)) as { handler?: LambdaHttpHandler };
      if (typeof module.handler !== 'function') throw new Error(`${definition.entry} exports no handler`);
      return { definition, handler: module.handler };
    }),
  );
}
