import { App } from 'aws-cdk-lib';
import { ListingsStack } from './stack';

const app = new App();
const stage = app.node.tryGetContext('stage') ?? 'dev';
if (stage !== 'dev' && stage !== 'prod') throw new Error('context "stage" must be dev or prod');

const siteOrigin: string | undefined = app.node.tryGetContext('siteOrigin');

new ListingsStack(app, `OstravaListings-${stage}`, {
  stage,
  siteOrigins: siteOrigin ? [siteOrigin] : undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-central-1' },
});
