import type { Construct } from 'constructs';
import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import { AlertDigests } from './constructs/alert-digests';
import { CatalogueBucket } from './constructs/catalogue-bucket';
import { ListingsHttpApi } from './constructs/http-api';
import { DEFAULT_REGION_RADIUS_KM } from '../shared/geo/distance';
import { sourceRegistry } from '../shared/sources/registry';
import { ListingsTable } from './constructs/listings-table';
import { SiteHosting } from './constructs/site-hosting';
import { Monitoring } from './constructs/monitoring';
import { ScrapeSchedules } from './constructs/scrape-schedules';
import { apiRoutes } from './definitions/routes';

export interface ListingsStackProps extends StackProps {
  /** dev or prod: prod keeps the table when the stack is deleted. */
  stage: 'dev' | 'prod';
  /** Origins allowed by CORS to call the API directly ("*" by default); the site itself needs none (same domain). */
  siteOrigins?: string[];
  /** The built site to upload (site/dist). */
  siteDir: string;
  /** A custom domain for the site and API, with its ACM certificate in us-east-1. */
  domain?: { name: string; certificateArn: string };
  /** Kilometres from Ostrava's centre that scrapers keep (DEFAULT_REGION_RADIUS_KM, 35, by default). */
  radiusKm?: number;
  /** The site's public URL when it differs from the domain (default: the domain, else CloudFront's). */
  siteUrl?: string;
  /** The SES-verified sender of partner e-mails. */
  mailFrom?: string;
  /** Where alarms are e-mailed (the centre's staff). */
  alertEmail?: string;
  /** The page naming the crawler and a contact, sent to every portal in the User-Agent. */
  crawlerInfoUrl?: string;
}

/**
 * The default monthly translation budget: the estimate of `npm run bench` for the region's volumes
 * (24.4 million characters, see README "Translation"), rounded up; at most $375 a month at $15 per million.
 */
export const TRANSLATE_CHARACTERS_PER_MONTH_DEFAULT = 25_000_000;

/** Composes the service's constructs; holds no logic of its own. */
export class ListingsStack extends Stack {
  constructor(scope: Construct, id: string, props: ListingsStackProps) {
    super(scope, id, props);
    // A stack parameter, so that the sender can change with `cdk deploy --parameters MailFrom=…` alone.
    const mailFrom = new CfnParameter(this, 'MailFrom', {
      type: 'String',
      description: 'The SES-verified sender of partner and moderation e-mails',
      default: props.mailFrom ?? 'jobs@example.org',
      allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'an e-mail address',
    });
    // A stack parameter, so that the translation budget can change with `--parameters` alone (issue 19).
    const translateBudget = new CfnParameter(this, 'TranslateCharactersPerMonth', {
      type: 'Number',
      description:
        'Characters Amazon Translate may translate per calendar month (UTC), counted in the table; past it listings stay untranslated, with the reason. 0 turns translation off',
      default: TRANSLATE_CHARACTERS_PER_MONTH_DEFAULT,
      minValue: 0,
    });
    const { table } = new ListingsTable(this, 'Listings', { retain: props.stage === 'prod' });
    const catalogue = new CatalogueBucket(this, 'Catalogue', { retain: props.stage === 'prod' });
    const http = new ListingsHttpApi(this, 'Http', {
      routes: apiRoutes,
      table,
      catalogue,
      siteOrigins: props.siteOrigins ?? ['*'],
      throttle: { rate: 50, burst: 100 },
      mailFrom: mailFrom.valueAsString,
    });
    const scraping = new ScrapeSchedules(this, 'Scraping', {
      table,
      catalogue,
      sources: sourceRegistry.filter((source) => source.enabled),
      radiusKm: props.radiusKm ?? DEFAULT_REGION_RADIUS_KM,
      crawlerInfoUrl: props.crawlerInfoUrl,
      translateCharactersPerMonth: translateBudget.valueAsString,
    });
    const digests = new AlertDigests(this, 'AlertDigests', {
      table,
      catalogue,
      mailFrom: mailFrom.valueAsString,
      deadLetterQueue: scraping.deadLetterQueue,
    });
    new Monitoring(this, 'Monitoring', {
      api: http.api,
      apiAccessLogs: http.accessLogs,
      scrapeFunctions: scraping.functions,
      apiFunctions: http.functions,
      deadLetterQueue: scraping.deadLetterQueue,
      digestFunction: digests.function,
      alertEmail: props.alertEmail,
    });
    const site = new SiteHosting(this, 'Site', {
      siteDir: props.siteDir,
      api: http.api,
      retain: props.stage === 'prod',
      domain: props.domain,
    });
    http.useSiteUrl(props.siteUrl ?? site.url);
    digests.useSiteUrl(props.siteUrl ?? site.url);
    http.trustViewerAddressFrom(site.originSecret);
    new CfnOutput(this, 'ApiUrl', { value: http.api.apiEndpoint });
    new CfnOutput(this, 'SiteUrl', { value: site.url });
  }
}
