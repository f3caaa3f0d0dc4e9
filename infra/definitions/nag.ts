import { Aws, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/**
 * The id cdk-nag gives a wildcard-resource finding (AwsSolutions-IAM5) on `arn`, e.g.
 * `AwsSolutions-IAM5[Resource::<ListingsTable615BFF8C.Arn>/index/*]`, built the way cdk-nag builds it:
 * acknowledging that one finding leaves any other wildcard on the same policy reported.
 */
export function wildcardResourceFinding(scope: IConstruct, arn: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(arn))}]`;
}

/** The objects of the CDK's file-asset bucket of the stack's environment (what the CDK's deployment helpers read). */
export function cdkAssetObjectsArn(scope: IConstruct): string {
  const stack = Stack.of(scope);
  const qualifier = (stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `arn:${Aws.PARTITION}:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}/*`;
}
