import { isOkpd2Code } from '@zamena/shared/domain/okpd2';
import { FEDERAL_DISTRICTS, type FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { SubscriptionDraft } from '../components/subscription-form';

/**
 * "Follow this search" on the needs list links here with its filters (`/subscriptions?follow=1&okpd2=…
 * &region=…&district=…&q=…`): the new subscription's form starts from them. Malformed values are dropped.
 */
export function draftFromSearch(params: URLSearchParams): SubscriptionDraft | undefined {
  if (params.get('follow') !== '1') return undefined;
  const okpd2 = params.get('okpd2') ?? '';
  const region = params.get('region') ?? '';
  const district = params.get('district') ?? '';
  return {
    okpd2Prefixes: /^\d/.test(okpd2) && isOkpd2Code(okpd2) ? [okpd2] : [],
    regionCodes: /^\d{2}$/.test(region) ? [region] : [],
    districts: FEDERAL_DISTRICTS.includes(district as FederalDistrict) ? [district as FederalDistrict] : [],
    words: (params.get('q') ?? '').trim().slice(0, 200),
  };
}
