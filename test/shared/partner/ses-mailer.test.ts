import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { SesMailer } from '../../../shared/partner/ses-mailer';

describe('SesMailer', () => {
  const ses = mockClient(SESv2Client);
  beforeEach(() => ses.reset());

  it('sends plain text from the verified sender, with the extra header fields in Simple.Headers', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });

    await new SesMailer(new SESv2Client({ region: 'eu-central-1' }), 'jobs@example.org').send({
      to: 'reader@example.org',
      subject: 'New listings for your saved search',
      text: 'Body',
      headers: {
        'List-Unsubscribe': '<https://x.example/api/alerts/a/unsubscribe?token=t>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });

    expect(ses.commandCalls(SendEmailCommand)[0]!.args[0].input).toEqual({
      FromEmailAddress: 'jobs@example.org',
      Destination: { ToAddresses: ['reader@example.org'] },
      Content: {
        Simple: {
          Subject: { Data: 'New listings for your saved search', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Body', Charset: 'UTF-8' } },
          Headers: [
            { Name: 'List-Unsubscribe', Value: '<https://x.example/api/alerts/a/unsubscribe?token=t>' },
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ],
        },
      },
    });
  });

  it('sends no Headers field for an e-mail without extra headers', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-2' });

    await new SesMailer(new SESv2Client({ region: 'eu-central-1' }), 'jobs@example.org').send({
      to: 'a@example.org',
      subject: 'S',
      text: 'T',
    });

    expect(ses.commandCalls(SendEmailCommand)[0]!.args[0].input.Content?.Simple?.Headers).toBeUndefined();
  });
});
