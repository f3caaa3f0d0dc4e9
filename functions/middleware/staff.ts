import { config } from '../../shared/config';
import { ForbiddenError } from '../../shared/errors';
import { staffTokenMatches } from '../../shared/partner/management-token';
import type { HttpEvent } from './http-stack';

/** Moderation answers only the centre's staff: the X-Staff-Token header, compared in constant time. */
export function requireStaff(event: HttpEvent): void {
  if (!staffTokenMatches(event.headers?.['x-staff-token'], config().STAFF_TOKEN)) throw new ForbiddenError('a valid staff token is required');
}
