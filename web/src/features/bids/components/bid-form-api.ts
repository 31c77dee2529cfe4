import type { bidFormSchema } from '@zamena/shared/bids/bid-terms';
import type { useValidatedForm } from '../../../lib/use-validated-form';
import type { BidFormValues } from '../utils/bid-form-values';

/** The validated bid form, as the parts of the form that render its fields receive it. */
export type BidFormApi = ReturnType<typeof useValidatedForm<BidFormValues, ReturnType<typeof bidFormSchema>>>;
