import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { sendAlertDigests } from '../../shared/alerts/alert-digests';
import { config } from '../../shared/config';
import { log } from '../../shared/log';
import { alertStore } from '../alerts-deps';
import { catalogueReader } from '../catalogue-deps';
import { now } from '../clock';
import { configuredMailer } from '../mailer-deps';
import { metrics } from '../metrics';
import { lambdaObservability } from '../observability';
import { addDigestMetrics } from './digest-metrics';

/**
 * Scheduled daily (EventBridge Scheduler; locally the LocalScheduler): e-mails every confirmed saved
 * search the listings first seen since its last digest. Returns the run's counts; its failed
 * subscriptions are the AlertDigestFailures metric (the AlertDigestFailed alarm), written at the end.
 */
export const handler = middy(async () => {
  const run = await sendAlertDigests({
    store: alertStore(),
    catalogues: catalogueReader(),
    mailer: configuredMailer(),
    siteUrl: config().SITE_URL,
    now: () => now(),
    log,
  });
  addDigestMetrics(metrics, run);
  return run;
})
  .use(lambdaObservability())
  .use(logMetrics(metrics));
