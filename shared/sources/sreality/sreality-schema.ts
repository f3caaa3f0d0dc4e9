import * as z from 'zod';

/* The parts of sreality's v1 API responses that the adapter reads (others pass through unread). */

const codebook = z.object({ value: z.union([z.number(), z.string()]).optional(), name: z.string().optional() }).loose();

export const srealityLocalitySchema = z
  .object({
    city: z.string().optional(),
    citypart: z.string().nullish(),
    street: z.string().nullish(),
    district: z.string().nullish(),
    quarter: z.string().nullish(),
    gps_lat: z.number().nullish(),
    gps_lon: z.number().nullish(),
  })
  .loose();

export const srealityEstateSchema = z
  .object({
    hash_id: z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]),
    advert_name: z.string().optional(),
    price_czk: z.number().nullish(),
    price_unit_cb: codebook.nullish(),
    category_main_cb: codebook.nullish(),
    category_sub_cb: codebook.nullish(),
    locality: srealityLocalitySchema.nullish(),
    advert_images: z.array(z.union([z.string(), z.object({ url: z.string() }).loose()])).nullish(),
    premise: z.unknown().optional(),
  })
  .loose();

export const srealitySearchSchema = z
  .object({
    pagination: z.object({ limit: z.number(), offset: z.number(), total: z.number().int().nonnegative() }).loose(),
    results: z.array(z.unknown()),
  })
  .loose();

export const srealityDetailSchema = z
  .object({
    result: srealityEstateSchema.extend({
      advert_description: z.string().nullish(),
      price_note: z.string().nullish(),
      cost_of_living: z.string().nullish(),
      usable_area: z.number().nullish(),
      furnished: z.union([codebook, z.number(), z.boolean()]).nullish(),
      elevator: z.union([z.boolean(), z.number()]).nullish(),
      balcony: z.union([z.boolean(), z.number()]).nullish(),
      loggia: z.union([z.boolean(), z.number()]).nullish(),
      terrace: z.union([z.boolean(), z.number()]).nullish(),
      parking_lots: z.union([z.boolean(), z.number()]).nullish(),
      garage: z.union([z.boolean(), z.number()]).nullish(),
      floor_number: z.number().nullish(),
      energy_efficiency_rating_cb: codebook.nullish(),
    }),
  })
  .loose();

export type SrealityEstate = z.infer<typeof srealityEstateSchema>;
