import middy from '@middy/core';
import { sendAlertDigests } from '../../shared/alerts/alert-digests';
import { config } from '../../shared/config';
import { log } from '../../shared/log';
import { alertStore } from '../alerts-deps';
import { catalogueReader } from '../catalogue-deps';
import { now } from '../clock';
import { configuredMailer } from '../mailer-deps';
import { lambdaObservability } from '../observability';

/**
 * Scheduled daily (EventBridge Scheduler; locally the LocalScheduler): e-mails every confirmed saved
 * search the listings first seen since its last digest. Returns the run's counts.
 */
export const handler = middy(async () => sendAlertDigests({ store: alertStore(), catalogues: catalogueReader(), mailer: configuredMailer(), siteUrl: config().SITE_URL, now: () => now(), log })).use(
  lambdaObservability(),
);
