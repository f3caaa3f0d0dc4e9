import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { DEFAULT_REGION_RADIUS_KM } from '../shared/geo/distance';
import { ListingsStack } from './stack';

const app = new App();

/** An optional https URL from the context, refused at synth time when it is not one. */
function httpsUrlContext(name: string): string | undefined {
  const value: string | undefined = app.node.tryGetContext(name);
  if (value !== undefined && !/^https:\/\/[^\s/]+/.test(value))
    throw new Error(`context "${name}" must be an https URL`);
  return value;
}
const stage = app.node.tryGetContext('stage') ?? 'dev';
if (stage !== 'dev' && stage !== 'prod') throw new Error('context "stage" must be dev or prod');

const siteOrigin: string | undefined = app.node.tryGetContext('siteOrigin');
const radiusKm = Number(app.node.tryGetContext('radiusKm') ?? DEFAULT_REGION_RADIUS_KM);
if (!(radiusKm > 0 && radiusKm <= 300)) throw new Error('context "radiusKm" must be a number of km, 1 to 300');

const domainName: string | undefined = app.node.tryGetContext('domainName');
const certificateArn: string | undefined = app.node.tryGetContext('certificateArn');
if (Boolean(domainName) !== Boolean(certificateArn))
  throw new Error('context "domainName" and "certificateArn" (ACM, us-east-1) go together');

new ListingsStack(app, `OstravaListings-${stage}`, {
  stage,
  siteDir: join(__dirname, '../site/dist'),
  domain: domainName && certificateArn ? { name: domainName, certificateArn } : undefined,
  siteOrigins: siteOrigin ? [siteOrigin] : domainName ? [`https://${domainName}`] : undefined,
  radiusKm,
  siteUrl: app.node.tryGetContext('siteUrl'),
  mailFrom: app.node.tryGetContext('mailFrom'),
  alertEmail: app.node.tryGetContext('alertEmail'),
  crawlerInfoUrl: httpsUrlContext('crawlerInfoUrl'),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-central-1' },
});
