import type { FormEvent } from 'react';

/** Which submit button sent the form ("draft" or "publish"), from its `data-intent`. */
export function submitIntent(event: FormEvent<HTMLFormElement>): string | undefined {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  return submitter instanceof HTMLElement ? submitter.dataset.intent : undefined;
}
