import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER, VIEWER_IP_HEADER } from '../../functions/middleware/client-ip';
import { cdkAssetObjectsArn, wildcardResourceFinding } from '../definitions/nag';
import { API_PREFIX, CONTENT_SECURITY_POLICY, HSTS_MAX_AGE_SECONDS } from '../definitions/site-security';

export interface SiteHostingProps {
  /** The built site (site/dist): uploaded on every deploy. */
  siteDir: string;
  api: HttpApi;
  /** prod keeps the bucket when the stack is deleted. */
  retain: boolean;
  /** A custom domain and its ACM certificate (in us-east-1, as CloudFront requires); none: the distribution's own domain. */
  domain?: { name: string; certificateArn: string };
}

/**
 * The site on CloudFront: a private bucket reached only through origin access control, the API on the
 * same domain under /api (so the browser needs no CORS), and the security headers on every answer.
 */
export class SiteHosting extends Construct {
  readonly distribution: Distribution;
  /** The site's public URL (https://…): links in e-mails point there. */
  readonly url: string;
  /** The header value CloudFront sends the API, resolved by CloudFormation (never in the template). */
  readonly originSecret: Secret;
  /** The site's files. */
  private readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: SiteHostingProps) {
    super(scope, id);
    const bucket = (this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.retain,
    }));
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        "Read only by this distribution (origin access control) and written only by the deploy: server access logs would hold nothing but CloudFront's own fetches",
    });

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'CSP, HSTS, nosniff, referrer policy, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
    });

    // The API's routes have no /api prefix: strip it at the edge. And tell the API who the viewer is
    // (behind CloudFront it sees CloudFront's address), replacing whatever the client claimed.
    const toApi = new CloudFrontFunction(this, 'ToApi', {
      runtime: FunctionRuntime.JS_2_0,
      comment: `Removes ${API_PREFIX} from the path and sets ${VIEWER_IP_HEADER} for the API origin`,
      code: FunctionCode.fromInline(
        `function handler(event) { var r = event.request; r.uri = r.uri.slice(${API_PREFIX.length}) || '/'; r.headers['${VIEWER_IP_HEADER}'] = { value: event.viewer.ip }; return r; }`,
      ),
    });
    // Proves to the API that a request came through this distribution (so its viewer address is genuine).
    this.originSecret = new Secret(this, 'OriginVerify', {
      description: 'CloudFront → API origin header',
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        "CloudFront's origin header takes the value when the stack deploys: a scheduled rotation would make the API disbelieve CloudFront's viewer addresses until the next deploy. Rotate with put-secret-value followed by a deploy",
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Ostrava listings: site and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      domainNames: props.domain ? [props.domain.name] : undefined,
      certificate: props.domain
        ? Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn)
        : undefined,
      // TLS 1.2 at least for viewers; CloudFront lets a distribution choose only with its own certificate.
      minimumProtocolVersion: props.domain ? SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        compress: true,
      },
      additionalBehaviors: {
        [`${API_PREFIX}/*`]: {
          origin: new HttpOrigin(`${props.api.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            customHeaders: { [ORIGIN_VERIFY_HEADER]: this.originSecret.secretValue.unsafeUnwrap() },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Never cached at the edge: staff and partner answers depend on headers a shared cache must not
          // mix up; searches are cheap (served from the function's memory) and browsers cache them (ETag).
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: [{ function: toApi, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });

    // Script and stylesheet carry their content hash in their names: cached for ever, and old ones are
    // kept (no pruning) for pages still open. The page itself is revalidated on every load, so a deploy
    // shows at once without an invalidation (which would need cloudfront:CreateInvalidation on "*").
    const assets = new BucketDeployment(this, 'UploadAssets', {
      sources: [Source.asset(props.siteDir, { exclude: ['index.html', 'favicon.ico'] })],
      destinationBucket: bucket,
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      memoryLimit: 256,
    });
    const page = new BucketDeployment(this, 'UploadPage', {
      sources: [Source.asset(props.siteDir, { exclude: ['*', '!index.html', '!favicon.ico'] })],
      destinationBucket: bucket,
      prune: false,
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 256,
    });
    // favicon.ico goes with the page: its name carries no hash, so it must not be cached for ever.
    // The page names the files: upload them first.
    page.node.addDependency(assets);

    this.acknowledgeNagFindings(props);
    this.url = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;
  }

  /** cdk-nag findings on the distribution and the CDK's deployment helper that stay, each with its reason. */
  private acknowledgeNagFindings(props: SiteHostingProps): void {
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'The site is for people moving to Ostrava from anywhere: no country is to be kept out',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF (a web ACL costs more a month than the rest of the stack): the API stage throttles (429), the partner form limits each address, and moderation locks out an address after 10 wrong staff tokens',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          "Viewer requests to the API are in the API stage's access log (without query strings); logging every viewer's address for the static pages too would keep personal data the service has no use for",
      },
    );
    if (!props.domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          "Without a custom domain the distribution serves CloudFront's default *.cloudfront.net certificate, whose TLS policy cannot be chosen; with one (props.domain), TLS 1.2 is the minimum",
      });
    }
    // BucketDeployment's Lambda, a CDK singleton at stack level: its policy is the CDK's, not ours.
    const helpers = Stack.of(this).node.children.filter((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    for (const helper of helpers) {
      Validations.of(helper).acknowledge(
        {
          id: 'AwsSolutions-L1',
          reason: "The CDK's BucketDeployment helper (aws-cdk-lib): the CDK chooses and updates its runtime",
        },
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason:
            "The CDK's BucketDeployment helper (aws-cdk-lib): it writes its logs with the managed basic execution role",
        },
        ...[
          'Action::s3:GetObject*',
          'Action::s3:GetBucket*',
          'Action::s3:List*',
          'Action::s3:DeleteObject*',
          'Action::s3:Abort*',
        ].map((finding) => ({
          id: `AwsSolutions-IAM5[${finding}]`,
          reason:
            "The CDK's BucketDeployment helper (aws-cdk-lib) copies the built site from the CDK asset bucket into the site bucket: the CDK grants these action groups on those two buckets only",
        })),
        {
          id: wildcardResourceFinding(this, this.bucket.arnForObjects('*')),
          reason: "The CDK's BucketDeployment helper writes every file of the site into the site bucket",
        },
        {
          id: wildcardResourceFinding(this, cdkAssetObjectsArn(this)),
          reason: "The CDK's BucketDeployment helper reads the built site from the CDK's own asset bucket",
        },
      );
    }
  }
}
