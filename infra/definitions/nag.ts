import { Aws, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
// Not public API: cdk-nag 3.0.2 exports no way to turn an ARN (a token) into its finding id. Its index
// exports the packs, NagRules (resolveIfPrimitive, resolveResourceFromIntrinsic: logical ids, not the
// flattened string), the logger and `rules`; its README (Example 3) writes the id out by hand,
// 'AwsSolutions-IAM5[Resource::<ListingsTable615BFF8C.Arn>/index/*]', which would put hashed logical
// ids in code and break silently when a construct moves. This is the function its IAM5 rule builds the
// ids with, so ours match by construction. cdk-nag is pinned exactly and has no `exports` map; a
// version that moved the file fails the type check, one that changed the format leaves findings
// unacknowledged in the stack test's AwsSolutions check (test/infra/stack.test.ts).
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
  const qualifier =
    (stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `arn:${Aws.PARTITION}:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}/*`;
}
