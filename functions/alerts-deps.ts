import { DynamoAlertStore } from '../shared/alerts/dynamo-alert-store';
import type { AlertStore } from '../shared/alerts/alert-store';
import { SearchAlerts } from '../shared/alerts/search-alerts';
import { config, tableName } from '../shared/config';
import { log } from '../shared/log';
import { DynamoPartnerStore } from '../shared/partner/dynamo-partner-store';
import { dynamoClient, now } from './deps';
import { configuredMailer } from './mailer-deps';

// Apart from deps.ts, so that the listing functions do not bundle the alert code.
let alerts: SearchAlerts | undefined;
let store: AlertStore | undefined;

/** The saved searches, once per container. */
export function alertStore(): AlertStore {
  store ??= new DynamoAlertStore(dynamoClient(), tableName(config()));
  return store;
}

/** The saved-search use cases: the partner form's rate windows and the one configured mailer. */
export function searchAlerts(): SearchAlerts {
  alerts ??= new SearchAlerts({
    store: alertStore(),
    limits: new DynamoPartnerStore(dynamoClient(), tableName(config()), () => now()),
    mailer: configuredMailer(),
    siteUrl: config().SITE_URL,
    now: () => now(),
    log,
  });
  return alerts;
}

/** Replaces the use cases and their store (handler tests inject in-memory ones). */
export function useSearchAlerts(replacement: SearchAlerts, replacementStore?: AlertStore): void {
  alerts = replacement;
  if (replacementStore) store = replacementStore;
}
