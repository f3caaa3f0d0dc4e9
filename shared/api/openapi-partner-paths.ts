import { operation } from './openapi-operation';
import type { ModerationDecision, PartnerAction } from './route-enums';

/*
 * The partner and moderation routes of the OpenAPI document. API Gateway routes each action through
 * one `{action}` (`{decision}`) route; the document names every action as a path of its own, so that
 * each has its own body, answer and credentials for a generated client.
 */

const idParameter = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern: '^partner:[A-Za-z0-9_-]{1,40}$' },
});
const postingId = idParameter('The posting id (partner:…)');

const crossSite = 'sent by a browser from another site (Sec-Fetch-Site), or';
const notManaged = `${crossSite} not a valid management link`;
const ended = `${notManaged}, or the posting has ended (closed, refused or taken down): the link then only reads it`;
const bodyErrors = {
  payload_too_large: 'the body is larger than 32 KB',
  unsupported_media_type: 'the body is not application/json',
} as const;

/** The management link's actions on a posting: POST /partner/jobs/{id}/{action}. */
function partnerAction(
  action: PartnerAction,
  spec: Omit<Parameters<typeof operation>[0], 'tag' | 'security' | 'parameters'> & { security?: 'confirmationToken' },
) {
  return {
    [`/partner/jobs/{id}/${action}`]: {
      parameters: [postingId],
      post: operation({
        tag: 'Partner postings',
        security: spec.security ?? 'managementToken',
        ...spec,
        errors: { ...bodyErrors, ...spec.errors },
      }),
    },
  };
}

/** A moderation decision: POST /moderation/jobs/{id}/{decision}. */
function decision(
  name: ModerationDecision,
  spec: Omit<Parameters<typeof operation>[0], 'tag' | 'security' | 'parameters' | 'ok' | 'errors'> & {
    conflict: string;
    invalid: string;
  },
) {
  const { conflict, invalid, ...rest } = spec;
  return {
    [`/moderation/jobs/{id}/${name}`]: {
      parameters: [postingId],
      post: operation({
        tag: 'Moderation',
        security: 'staffToken',
        ...rest,
        ok: {
          status: 200,
          description: 'The decision, and whether the firm was e-mailed',
          schema: 'ModerationDecision',
        },
        errors: {
          ...bodyErrors,
          invalid_parameter: invalid,
          forbidden: `${crossSite} no valid X-Staff-Token`,
          not_found: 'no posting has this id',
          conflict,
          rate_limited: 'too many wrong staff tokens from this address (10 per 15 minutes)',
        },
      }),
    },
  };
}

export function partnerPaths(): Record<string, unknown> {
  return {
    '/partner/jobs': {
      post: operation({
        operationId: 'submitPartnerJob',
        tag: 'Partner postings',
        security: 'public',
        summary: 'A partner firm submits a job',
        description:
          'The posting is unconfirmed until its contact address is confirmed by the e-mailed link (valid 48 h), then pending until the centre approves it.',
        requestBody: 'PartnerPostingInput',
        ok: {
          status: 201,
          description: 'Stored, unconfirmed; managementUrl is shown once (and e-mailed with the confirmation link)',
          schema: 'PartnerJobSubmitted',
        },
        errors: {
          ...bodyErrors,
          invalid_parameter:
            'a field is invalid (named), holds markup, or the submission looks automated (formShownAt under 5 s or over 24 h ago)',
          forbidden: 'sent by a browser from another site (Sec-Fetch-Site)',
          conflict: 'the same company posted this title in the last 30 days',
          rate_limited: 'too many postings from this address (an IPv6 /64 counts as one) or e-mail',
        },
      }),
    },
    '/partner/jobs/{id}': {
      parameters: [postingId],
      get: operation({
        operationId: 'viewPartnerJob',
        tag: 'Partner postings',
        security: 'managementToken',
        summary: "The poster's view of a posting, whatever its status",
        ok: { status: 200, description: 'The posting', schema: 'Listing' },
        errors: { invalid_parameter: 'the id is malformed', forbidden: notManaged },
      }),
      put: operation({
        operationId: 'editPartnerJob',
        tag: 'Partner postings',
        security: 'managementToken',
        summary: 'Edit a posting; it goes back to moderation (or to confirmation, for a new contact address)',
        requestBody: 'PartnerPostingInput',
        ok: { status: 200, description: 'The posting as stored now', schema: 'Listing' },
        errors: {
          ...bodyErrors,
          invalid_parameter: 'a field is invalid (named)',
          forbidden: ended,
          conflict: 'the same company posted this title in the last 30 days, or the posting changed meanwhile',
        },
      }),
    },
    ...partnerAction('close', {
      operationId: 'closePartnerJob',
      summary: 'Close a posting as filled (final)',
      requestBody: 'EmptyBody',
      ok: { status: 200, description: 'The posting, expired', schema: 'Listing' },
      errors: { invalid_parameter: 'the body is not {}', forbidden: ended, conflict: 'the posting changed meanwhile' },
    }),
    ...partnerAction('renew', {
      operationId: 'renewPartnerJob',
      summary: 'Move the last day listed',
      requestBody: 'RenewBody',
      ok: { status: 200, description: 'The posting with its new validThrough', schema: 'Listing' },
      errors: {
        invalid_parameter: 'expiresOn is not a date from today to 60 days ahead',
        forbidden: ended,
        conflict: 'the posting changed meanwhile',
      },
    }),
    ...partnerAction('resend-confirmation', {
      operationId: 'resendPartnerJobConfirmation',
      summary: 'E-mail a new confirmation link (the old one stops working)',
      requestBody: 'EmptyBody',
      ok: { status: 200, description: 'Whether the e-mail went out', schema: 'ConfirmationResent' },
      errors: {
        invalid_parameter: 'the body is not {}',
        forbidden: ended,
        conflict: 'the contact address is already confirmed',
        rate_limited: 'too many e-mails to this address today',
      },
    }),
    ...partnerAction('confirm', {
      operationId: 'confirmPartnerJob',
      security: 'confirmationToken',
      summary: "Confirm the posting's contact address",
      description: 'A link opened again after the posting moved on answers its state now.',
      requestBody: 'EmptyBody',
      ok: {
        status: 200,
        description: 'The posting id and its state (pending after a first confirmation)',
        schema: 'PartnerJobConfirmed',
      },
      errors: {
        invalid_parameter: 'the body is not {}',
        forbidden: `${crossSite} not a valid confirmation link, or it expired (48 h)`,
        conflict: 'the posting changed meanwhile',
      },
    }),
    '/moderation/pending': {
      get: operation({
        operationId: 'listPendingPostings',
        tag: 'Moderation',
        security: 'staffToken',
        summary: 'Postings awaiting review, with their contact address',
        ok: { status: 200, description: 'Pending postings', schema: 'PendingPostings' },
        errors: {
          forbidden: `${crossSite} no valid X-Staff-Token`,
          rate_limited: 'too many wrong staff tokens from this address (10 per 15 minutes)',
        },
      }),
    },
    ...decision('approve', {
      operationId: 'approvePosting',
      summary: 'List a pending posting (the version reviewed); the firm is e-mailed',
      requestBody: 'ApproveBody',
      invalid: 'no contentHash, or a malformed one',
      conflict: 'the posting is not pending, or it changed since it was shown (another contentHash)',
    }),
    ...decision('reject', {
      operationId: 'rejectPosting',
      summary: 'Refuse a pending posting (final); the reason is e-mailed to the firm',
      requestBody: 'RejectBody',
      invalid: 'no reason of 5 to 2000 characters',
      conflict: 'the posting is not pending',
    }),
    ...decision('take-down', {
      operationId: 'takeDownPosting',
      summary: 'Take a posting down (final)',
      requestBody: 'EmptyBody',
      invalid: 'the body is not {}',
      conflict: 'the posting is already refused or taken down',
    }),
  };
}
