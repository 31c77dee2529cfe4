import { z } from 'zod';
import { isoDateTime } from '../common/common.schemas';

/**
 * The OCDS 1.1 release package the open-data export publishes: the subset of the standard's fields
 * Zamena fills (the full schema is the standard's; server tests validate against it). Amounts and
 * quantities are JSON numbers here because OCDS requires `number`; everywhere else they are strings.
 */

/** Registered-style ocid prefix of the exchange; the need id follows it (one contracting process per need). */
export const OCID_PREFIX = 'ocds-zmn000-';

export const ocdsQuerySchema = z.object({
  /** Orders created or changed at or after this moment (ISO 8601 with offset). */
  since: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export type OcdsQuery = z.infer<typeof ocdsQuerySchema>;

const valueSchema = z.object({ amount: z.number(), currency: z.literal('RUB') });

const identifierSchema = z.object({ scheme: z.string(), id: z.string(), legalName: z.string() });

const addressSchema = z.object({ region: z.string(), countryName: z.string(), country: z.string() });

export const ocdsPartySchema = z.object({
  id: z.string(),
  name: z.string(),
  identifier: identifierSchema.optional(),
  address: addressSchema.optional(),
  roles: z.array(z.string()),
});

const organizationReferenceSchema = z.object({ id: z.string(), name: z.string() });

const itemSchema = z.object({
  id: z.string(),
  description: z.string(),
  classification: z.object({ scheme: z.literal('OKPD'), id: z.string(), description: z.string() }),
  quantity: z.number(),
  unit: z.object({
    scheme: z.literal('OKEI'),
    id: z.string(),
    name: z.string(),
    /** OCDS 1.1.5 Unit.value: on an award's items, the delivered unit price with VAT (bid terms). */
    value: valueSchema.optional(),
  }),
});

export const ocdsReleaseSchema = z.object({
  ocid: z.string(),
  id: z.string(),
  date: z.string(),
  tag: z.array(z.string()),
  initiationType: z.literal('tender'),
  language: z.string(),
  parties: z.array(ocdsPartySchema),
  buyer: organizationReferenceSchema,
  tender: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(['active', 'complete', 'cancelled', 'unsuccessful']),
    procurementMethod: z.literal('open'),
    procurementMethodDetails: z.string(),
    mainProcurementCategory: z.literal('goods'),
    items: z.array(itemSchema),
    datePublished: z.string().optional(),
  }),
  awards: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['active', 'cancelled']),
      date: z.string(),
      value: valueSchema,
      /** The bid's VAT and delivery terms in words (OCDS 1.1.5 Award.description). */
      description: z.string().optional(),
      suppliers: z.array(organizationReferenceSchema),
      items: z.array(itemSchema),
    }),
  ),
  contracts: z.array(
    z.object({
      id: z.string(),
      awardID: z.string(),
      status: z.enum(['active', 'terminated', 'cancelled']),
      dateSigned: z.string(),
      value: valueSchema,
      items: z.array(itemSchema),
    }),
  ),
});
export type OcdsRelease = z.infer<typeof ocdsReleaseSchema>;

export const ocdsReleasePackageSchema = z.object({
  uri: z.string(),
  version: z.literal('1.1'),
  publishedDate: z.string(),
  publisher: z.object({ name: z.string(), uri: z.string() }),
  license: z.string(),
  publicationPolicy: z.string(),
  releases: z.array(ocdsReleaseSchema),
  /** Paging (OCDS guidance): `next` is present while more releases follow. */
  links: z.object({ next: z.string() }).optional(),
});
export type OcdsReleasePackage = z.infer<typeof ocdsReleasePackageSchema>;
