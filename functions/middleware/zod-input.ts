import * as z from 'zod';
import { InputError } from '../../shared/errors';

/**
 * Parses one part of a request (query or path parameters) with a zod schema; a failure becomes an
 * InputError naming the parameter and the reason, so the client gets a 400 it can act on.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, part: 'query' | 'path'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const parameter = unknownKey ?? (issue.path.length > 0 ? String(issue.path[0]) : undefined);
  // API Gateway joins a repeated parameter's values with commas (?kind=rental&kind=job → "rental,job"):
  // say so, or the client is told a value it never sent is wrong.
  const raw = parameter === undefined ? undefined : (input as Record<string, unknown> | null | undefined)?.[parameter];
  const repeated =
    typeof raw === 'string' && raw.includes(',')
      ? ` (got "${raw.slice(0, 60)}": give the parameter once, with one value)`
      : '';
  const reason = unknownKey
    ? `unknown ${part} parameter "${unknownKey}"`
    : `${parameter ?? part}: ${issue.message}${repeated}`;
  throw new InputError(reason, parameter);
}

const NO_QUERY = z.strictObject({});

/**
 * For routes that take no query parameters: any parameter is refused (400 `unknown query parameter "x"`)
 * rather than ignored, so a misspelt or misplaced parameter is never taken for one that had an effect.
 */
export function noQuery(event: { queryStringParameters?: Record<string, string | undefined> | null }): void {
  parseInput(NO_QUERY, event.queryStringParameters, 'query');
}
