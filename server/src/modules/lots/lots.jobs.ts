import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/**
 * Rebuilds every lot from the open needs (handler: lots.rebuild.ts, in the worker). On demand it
 * carries the id of the `lot_rebuilds` row the API created; the schedule sends none and gets its own row.
 */
export const rebuildLotsJob = defineJob({
  name: 'rebuild-lots',
  queue: 'maintenance',
  payload: z.object({ rebuildId: z.uuid().optional() }),
});

/** One job per requested rebuild: a replayed outbox row adds nothing. */
export const rebuildLotsJobId = (rebuildId: string) => `rebuild-lots-${rebuildId}`;

/** How often the worker rebuilds lots on its own (cron, UTC): needs join and leave lots as they change. */
export const REBUILD_LOTS_SCHEDULE = '*/15 * * * *';
