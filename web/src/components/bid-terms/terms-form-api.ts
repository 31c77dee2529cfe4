import type { ChangeEvent } from 'react';
import type { ScheduleKey, TermsFormValues } from './bid-terms-values';

/** A terms field of a form: one of the terms or a delivery line's date or quantity. */
export type TermsField = (keyof TermsFormValues & string) | ScheduleKey;

/**
 * What the terms fields need of a validated form (lib/use-validated-form): a need bid's or a lot bid's,
 * whose values hold the terms next to the offer's quantity.
 */
export type TermsFormApi = {
  values: TermsFormValues & { quantity: string };
  field: (name: TermsField) => {
    id: string;
    name: string;
    value: string | undefined;
    error: string | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  };
  error: (name: TermsField) => string | undefined;
  setValue: (name: TermsField, value: string) => void;
};
