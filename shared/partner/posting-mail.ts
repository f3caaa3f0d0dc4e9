import type { Email } from './mailer';

/*
 * The e-mails the service sends about a posting. Subjects are fixed text of ours: nothing the poster
 * typed goes into a subject line, where a title such as "ACTION NEEDED: confirm your residence permit"
 * would read as the centre's own words. The title appears only in the body, quoted, after it was
 * cleaned of invisible and bidi control characters (sanitise.ts).
 */

const quoted = (title: string) => `“${title}”`;

/** Sent on submit (and on request): confirm the contact address; also carries the management link. */
export function confirmationEmail(
  to: string,
  title: string,
  confirmUrl: string,
  managementUrl: string,
  validHours: number,
): Email {
  return {
    to,
    subject: 'Confirm your e-mail address for your job posting',
    text: [
      `Someone posted the job ${quoted(title)} on the Ostrava expat listings with this e-mail address as its contact.`,
      `If that was you, confirm the address within ${validHours} hours with this link; the centre then reviews the posting:`,
      confirmUrl,
      'Manage the posting (edit, close, renew) with this private link, and keep it secret:',
      managementUrl,
      'If it was not you, ignore this e-mail: the posting is never published.',
    ].join('\n\n'),
  };
}

export function approvedEmail(to: string, title: string, listingUrl: string): Email {
  return {
    to,
    subject: 'Your job posting is now listed',
    text: `The centre approved your posting ${quoted(title)}. It is listed here:\n\n${listingUrl}`,
  };
}

export function rejectedEmail(to: string, title: string, reason: string): Email {
  return {
    to,
    subject: 'Your job posting was not accepted',
    text: `The centre did not accept your posting ${quoted(title)}, for this reason:\n\n${reason}\n\nYou are welcome to send a corrected posting through the form.`,
  };
}
