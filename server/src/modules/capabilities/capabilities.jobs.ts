import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** Matches one version of a capability against open needs (reverse matching, DESIGN.md §4). */
export const matchCapabilityJob = defineJob({
  name: 'match-capability',
  queue: 'matching',
  payload: z.object({ capabilityId: z.uuid(), version: z.number().int().positive() }),
});

/** One job per capability version, so a replayed outbox row adds nothing. */
export const matchCapabilityJobId = (capabilityId: string, version: number) =>
  `match-capability-${capabilityId}-v${version}`;

export const CAPABILITY_TOPICS = { changed: 'capability.changed' } as const;
