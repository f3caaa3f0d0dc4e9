import { join } from 'node:path';
import type { RouteDefinition } from '../definitions/routes';
import type { LambdaHttpHandler, LocalRoute } from './local-server';

const ROOT = join(__dirname, '../..');

/** Imports each route's real handler module (after the environment is set, as at a cold start). */
export async function loadRoutes(definitions: readonly RouteDefinition[]): Promise<LocalRoute[]> {
  return Promise.all(
    definitions.map(async (definition) => {
      const module = (await import(join(ROOT, definition.entry))) as { handler?: LambdaHttpHandler };
      if (typeof module.handler !== 'function') throw new Error(`${definition.entry} exports no handler`);
      return { definition, handler: module.handler };
    }),
  );
}
