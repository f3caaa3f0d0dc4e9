import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { config, userAgent } from '../../shared/config';
import { log } from '../../shared/log';
import { scrapeSource } from '../../shared/scrape/scrape-source';
import { cataloguePublisher } from '../catalogue-deps';
import { listingStore } from '../deps';
import { metrics } from '../metrics';
import { lambdaObservability } from '../observability';
import { scrapeTranslation } from '../translation-deps';
import { addRunMetrics } from './run-metrics';

const WRAP_UP_MS = 60_000;
const eventSchema = z.object({ source: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });

/**
 * Scheduled by EventBridge Scheduler with `{ "source": NAME }`: one source per invocation, so that
 * one portal failing never touches another. The run's outcome is recorded, not thrown: only a bad
 * event or an unknown source fails the invocation.
 */
async function runScheduledSource(event: unknown, context?: Partial<Pick<Context, 'getRemainingTimeInMillis'>>) {
  const { source } = eventSchema.parse(event);
  const cfg = config();
  if (cfg.SCRAPE_SOURCE && source !== cfg.SCRAPE_SOURCE)
    throw new Error(`this function runs "${cfg.SCRAPE_SOURCE}", not "${source}"`);
  // Stop a minute before Lambda would kill the run, so that it is recorded (incomplete) instead.
  const stopAt = context?.getRemainingTimeInMillis
    ? new Date(Date.now() + Math.max(0, context.getRemainingTimeInMillis() - WRAP_UP_MS))
    : undefined;
  const store = listingStore();
  const run = await scrapeSource(source, {
    store,
    catalogue: cataloguePublisher(store),
    userAgent: userAgent(cfg),
    radiusKm: cfg.REGION_RADIUS_KM,
    log,
    stopAt,
    translation: scrapeTranslation(cfg),
  });
  addRunMetrics(metrics, run);
  return {
    source,
    outcome: run.outcome,
    seen: run.seen,
    created: run.created,
    changed: run.changed,
    expired: run.expired,
  };
}

/** The scheduled handler: the run above, with the Lambda context in its logs, traced, its metrics written at the end. */
export const handler = middy(runScheduledSource).use(lambdaObservability()).use(logMetrics(metrics));
