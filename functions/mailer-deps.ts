import { SESv2Client } from '@aws-sdk/client-sesv2';
import { config } from '../shared/config';
import { FileOutboxMailer } from '../shared/partner/file-outbox-mailer';
import type { Mailer } from '../shared/partner/mailer';
import { SesMailer } from '../shared/partner/ses-mailer';
import { traced } from './observability';

let mailer: Mailer | undefined;

/** The one mail path: SES in the cloud (MAILER=ses), the file outbox locally and in tests. Once per container. */
export function configuredMailer(): Mailer {
  const cfg = config();
  mailer ??=
    cfg.MAILER === 'ses'
      ? new SesMailer(traced(new SESv2Client({})), cfg.MAIL_FROM)
      : new FileOutboxMailer(cfg.OUTBOX_DIR);
  return mailer;
}
