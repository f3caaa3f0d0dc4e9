import type { Construct } from 'constructs';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { ListingsHttpApi } from './constructs/http-api';
import { sourceRegistry } from '../shared/sources/registry';
import { ListingsTable } from './constructs/listings-table';
import { Monitoring } from './constructs/monitoring';
import { ScrapeSchedules } from './constructs/scrape-schedules';
import { apiRoutes } from './definitions/routes';

export interface ListingsStackProps extends StackProps {
  /** dev or prod: prod keeps the table when the stack is deleted. */
  stage: 'dev' | 'prod';
  /** Origins of the site allowed by CORS; "*" by default. */
  siteOrigins?: string[];
  /** Kilometres from Ostrava's centre that scrapers keep (35 by default). */
  radiusKm?: number;
  /** The site's public URL and the SES-verified sender of partner e-mails. */
  siteUrl?: string;
  mailFrom?: string;
  /** Where alarms are e-mailed (the centre's staff). */
  alertEmail?: string;
}

/** Composes the service's constructs; holds no logic of its own. */
export class ListingsStack extends Stack {
  constructor(scope: Construct, id: string, props: ListingsStackProps) {
    super(scope, id, props);
    const { table } = new ListingsTable(this, 'Listings', { retain: props.stage === 'prod' });
    const http = new ListingsHttpApi(this, 'Http', {
      routes: apiRoutes,
      table,
      siteOrigins: props.siteOrigins ?? ['*'],
      throttle: { rate: 50, burst: 100 },
      siteUrl: props.siteUrl ?? 'https://jobs.example.org',
      mailFrom: props.mailFrom ?? 'jobs@example.org',
    });
    const scraping = new ScrapeSchedules(this, 'Scraping', {
      table,
      sources: sourceRegistry.filter((source) => source.enabled),
      radiusKm: props.radiusKm ?? 35,
    });
    new Monitoring(this, 'Monitoring', { api: http.api, apiAccessLogs: http.accessLogs, scrapeFunctions: scraping.functions, deadLetterQueue: scraping.deadLetterQueue, alertEmail: props.alertEmail });
    new CfnOutput(this, 'ApiUrl', { value: http.api.apiEndpoint });
  }
}
