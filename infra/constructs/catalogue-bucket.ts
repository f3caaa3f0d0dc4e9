import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { snapshotName } from '../../shared/catalogue/snapshot-store';
import { wildcardResourceFinding } from '../definitions/nag';
import type { NodeFunction } from './node-function';

/** The S3 actions each access level needs on the snapshots (GetObject also covers HeadObject). */
const SNAPSHOT_ACTIONS = {
  read: ['s3:GetObject'],
  write: ['s3:GetObject', 's3:PutObject'],
} as const;

/**
 * The private bucket of catalogue snapshots, the API's read model: the writers (scrape functions,
 * moderation and the poster's actions) publish, GET /listings only reads. Versioned, so that a bad
 * publish can be rolled back by hand for a week.
 */
export class CatalogueBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { retain: boolean }) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Snapshots', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(7) }],
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.retain,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        "Private, reached only by the stack's own functions under least-privilege roles: server access logs would record only their calls (the functions log their own work), at the price of a log bucket",
    });
  }

  /** Grants exactly the snapshot actions of `access` and names the bucket (CATALOGUE_BUCKET). */
  bind(fn: NodeFunction, access: keyof typeof SNAPSHOT_ACTIONS): void {
    const snapshots = this.bucket.arnForObjects(snapshotName('*' as never));
    fn.addToRolePolicy(new PolicyStatement({ actions: [...SNAPSHOT_ACTIONS[access]], resources: [snapshots] }));
    // Without it S3 answers 403 instead of 404 for a snapshot not yet published.
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }));
    fn.addEnvironment('CATALOGUE_BUCKET', this.bucket.bucketName);
    Validations.of(fn.role!).acknowledge({
      id: wildcardResourceFinding(this, snapshots),
      reason: 'The catalogue snapshot files (catalogue/<kind>.jsonl.gz), one per kind: no other object of the bucket',
    });
  }
}
