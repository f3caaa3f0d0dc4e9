import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Email, Mailer } from './mailer';

/**
 * Sends e-mail through Amazon SES (SendEmail v2) from the centre's verified address, as plain text;
 * extra header fields go in the Simple content's Headers (SES adds them to the message it builds).
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(email: Email): Promise<void> {
    const headers = Object.entries(email.headers ?? {}).map(([Name, Value]) => ({ Name, Value }));
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [email.to] },
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' } },
            ...(headers.length > 0 ? { Headers: headers } : {}),
          },
        },
      }),
    );
  }
}
