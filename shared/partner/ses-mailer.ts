import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Email, Mailer } from './mailer';

/** Sends e-mail through Amazon SES from the centre's verified address, as plain text. */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(email: Email): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Text: { Data: email.text, Charset: 'UTF-8' } } } },
      }),
    );
  }
}
