import { z } from 'zod';
import { config, userAgent } from '../../shared/config';
import { log } from '../../shared/log';
import { scrapeSource } from '../../shared/scrape/scrape-source';
import { listingStore } from '../deps';

const eventSchema = z.object({ source: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) });

/**
 * Scheduled by EventBridge Scheduler with `{ "source": NAME }`: one source per invocation, so that
 * one portal failing never touches another. The run's outcome is recorded, not thrown: only a bad
 * event or an unknown source fails the invocation.
 */
export async function handler(event: unknown) {
  const { source } = eventSchema.parse(event);
  const cfg = config();
  const run = await scrapeSource(source, { store: listingStore(), userAgent: userAgent(cfg), radiusKm: cfg.REGION_RADIUS_KM, log });
  return { source, outcome: run.outcome, seen: run.seen, created: run.created, changed: run.changed, expired: run.expired };
}
