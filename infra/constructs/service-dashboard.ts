import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AlarmStatusWidget,
  type IAlarm,
  type IMetric,
  Dashboard,
  GraphWidget,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { METRIC } from '../../shared/telemetry-names';
import { serviceMetric } from '../definitions/service-metrics';
import type { NodeFunction } from './node-function';

export interface ServiceDashboardProps {
  api: HttpApi;
  /** Requests the stage throttled (429), from its access log. */
  apiThrottled: IMetric;
  /** The API's functions, by route name. */
  apiFunctions: Readonly<Record<string, NodeFunction>>;
  /** Each enabled source's scrape function, by source name. */
  scrapeFunctions: Readonly<Record<string, NodeFunction>>;
  /** The alarms whose state heads the dashboard. */
  alarms: readonly IAlarm[];
}

/** Two weeks of a 6-hourly source make 56 runs: enough to see a portal's trend at a glance. */
const SOURCE_PERIOD = Duration.hours(6);
const API_PERIOD = Duration.minutes(5);

/**
 * One CloudWatch dashboard for the staff: the alarms' state, the API's latency (p50/p90/p99, ms) and
 * answers (requests, 4xx, 5xx, 429), its functions' errors, and a row per source: runs, bad runs
 * and function errors (left axis), listings seen (right axis), in 6-hour sums.
 */
export class ServiceDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ServiceDashboardProps) {
    super(scope, id);
    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(14) });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          "# Ostrava listings\nAlarms, the API, and each source's scrape runs. A bad run failed, was blocked, stopped early or saw far fewer listings than before (GET /sources says why).",
        width: 24,
        height: 2,
      }),
      new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 3 }),
    );
    const api = props.api;
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API latency (ms)',
        left: ['p50', 'p90', 'p99'].map((statistic) =>
          api.metricLatency({ statistic, period: API_PERIOD, label: statistic }),
        ),
        width: 12,
      }),
      new GraphWidget({
        title: 'API answers',
        left: [
          api.metricCount({ statistic: 'Sum', period: API_PERIOD, label: 'Requests' }),
          api.metricClientError({ statistic: 'Sum', period: API_PERIOD, label: '4xx' }),
          api.metricServerError({ statistic: 'Sum', period: API_PERIOD, label: '5xx' }),
          props.apiThrottled,
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'API function errors',
        left: Object.entries(props.apiFunctions).map(([route, fn]) =>
          fn.metricErrors({ statistic: 'Sum', period: API_PERIOD, label: route }),
        ),
        width: 12,
      }),
      new GraphWidget({
        title: 'API function duration p90 (ms)',
        left: Object.entries(props.apiFunctions).map(([route, fn]) =>
          fn.metricDuration({ statistic: 'p90', period: API_PERIOD, label: route }),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      ...Object.entries(props.scrapeFunctions).map(
        ([source, fn]) =>
          new GraphWidget({
            title: `Source ${source}`,
            left: [
              serviceMetric(METRIC.scrapeRuns, { source, period: SOURCE_PERIOD, label: 'Runs' }),
              serviceMetric(METRIC.badScrapeRuns, { source, period: SOURCE_PERIOD, label: 'Bad runs' }),
              fn.metricErrors({ statistic: 'Sum', period: SOURCE_PERIOD, label: 'Function errors' }),
            ],
            right: [
              serviceMetric(METRIC.listingsSeen, {
                source,
                statistic: 'Maximum',
                period: SOURCE_PERIOD,
                label: 'Listings seen',
              }),
            ],
            width: 8,
          }),
      ),
    );
  }
}
