import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ListingsTable } from './constructs/listings-table';

export interface ListingsStackProps extends StackProps {
  /** dev or prod: prod keeps the table when the stack is deleted. */
  stage: 'dev' | 'prod';
}

/** Composes the service's constructs; holds no logic of its own. */
export class ListingsStack extends Stack {
  constructor(scope: Construct, id: string, props: ListingsStackProps) {
    super(scope, id, props);
    new ListingsTable(this, 'Listings', { retain: props.stage === 'prod' });
  }
}
