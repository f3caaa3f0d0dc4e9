import * as z from 'zod';

/*
 * The parts of sreality's v1 API responses that the adapter reads, in the API's own snake_case
 * (shapes as in the real search and detail responses of 2026; other fields pass through unread).
 * Every optional field falls back to "absent" when its shape is unexpected: one odd field must never
 * cost the whole listing. Only `hash_id` is required.
 */

/** A codebook value: `{name, value}`. Value 0 (name "- nezadáno", "- vyber …") means not stated. */
export const codebookSchema = z
  .object({
    name: z.string().optional().catch(undefined),
    value: z.union([z.number(), z.string()]).optional().catch(undefined),
  })
  .loose();
export type Codebook = z.infer<typeof codebookSchema>;

const lenient = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);
const text = lenient(z.string());
const number = lenient(z.number());
const codebook = lenient(codebookSchema);
/** Yes/no fields come as booleans, 0/1, or codebooks ({"name":"Ne","value":2}). */
const yesNo = lenient(z.union([z.boolean(), z.number(), codebookSchema]));

export const srealityLocalitySchema = z
  .object({
    city: text,
    citypart: text,
    street: text,
    housenumber: text,
    district: text,
    quarter: text,
    region_id: number,
    gps_lat: number,
    gps_lon: number,
    inaccuracy_type: text,
    zip: lenient(z.union([z.string(), z.number()])),
  })
  .loose();

/** An image: a protocol-relative URL string in search results, an object with `url` in the detail. */
const imageSchema = z.union([z.string(), z.object({ url: z.string() }).loose()]);

export const srealityEstateSchema = z
  .object({
    hash_id: z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]),
    advert_name: text,
    price_czk: number,
    price_summary_czk: number,
    price_unit_cb: codebook,
    price_summary_unit_cb: codebook,
    price_currency_cb: codebook,
    category_main_cb: codebook,
    category_sub_cb: codebook,
    category_type_cb: codebook,
    locality: lenient(srealityLocalitySchema),
    advert_images: lenient(z.array(imageSchema.catch('')).max(200)),
    premise: z.unknown().optional(),
    premise_id: number,
  })
  .loose();

/** The detail's `result`: the estate plus the fields only the detail has. */
export const srealityDetailEstateSchema = srealityEstateSchema.extend({
  advert_description: text,
  price_note: text,
  cost_of_living: text,
  usable_area: number,
  floor_area: number,
  furnished: lenient(z.union([codebookSchema, z.number(), z.boolean()])),
  elevator: yesNo,
  balcony: yesNo,
  loggia: yesNo,
  terrace: yesNo,
  parking: yesNo,
  parking_lots: yesNo,
  garage: yesNo,
  floor_number: number,
  energy_efficiency_rating_cb: codebook,
  since: text,
  edited: text,
  ready_date: text,
  beginning_date: text,
});

export const srealitySearchSchema = z
  .object({
    pagination: z.object({ limit: z.number(), offset: z.number(), total: z.number().int().nonnegative() }).loose(),
    results: z.array(z.unknown()),
  })
  .loose();

/** The detail response: `{result, status_code, status_message}` (also accepted: the bare `result`). */
export const srealityDetailSchema = z.object({ result: z.unknown() }).loose();

export type SrealityEstate = z.infer<typeof srealityEstateSchema>;
export type SrealityDetailEstate = z.infer<typeof srealityDetailEstateSchema>;
