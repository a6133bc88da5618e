import * as z from 'zod/mini';
import { HttpUrlSchema, IdSchema, listParamsSchema, PeriodSchema, TimestampSchema, pageSchema } from './common.js';

/** A certificate of the hours a volunteer served in a period. */
export const CertificateSchema = z.object({
  id: IdSchema,
  /** The name as printed, fixed when the certificate was issued. */
  memberName: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  hoursServed: /* @__PURE__ */ z.number().check(z.minimum(0)),
  period: PeriodSchema,
  issuedAt: TimestampSchema,
  /** `GET /v1/me/certificates/{id}.svg`, which needs the member token. */
  svgUrl: HttpUrlSchema,
});

export type Certificate = z.output<typeof CertificateSchema>;

export const CertificatePageSchema = pageSchema(CertificateSchema);

/** Paging of `GET /v1/me/certificates`, newest first. */
export const CertificateListParamsSchema = listParamsSchema({});

export type CertificateListParams = z.output<typeof CertificateListParamsSchema>;

/**
 * The body of the staff `POST /v1/members/{id}/certificates`: the hours are
 * those of the member's `volunteer_hours` entries in the period (UTC). The
 * period must have ended (422), must hold hours (422), and gets one
 * certificate per member (409).
 */
export const CertificateInputSchema = z.strictObject({ period: PeriodSchema });

export type CertificateInput = z.input<typeof CertificateInputSchema>;
