import * as z from 'zod';
import { ALERT_ID } from '../../shared/alerts/alert-rules';

/** The {id} of an alert route. */
export const alertIdPath = z.strictObject({ id: z.string().regex(ALERT_ID, 'must be an alert id') });
