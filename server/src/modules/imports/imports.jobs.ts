import { z } from 'zod';
import { defineJob } from '../../queue/define-job';

/** Reads one uploaded file and imports its rows, all or nothing (handler: imports.handlers.ts, in the worker). */
export const importFileJob = defineJob({
  name: 'import-file',
  queue: 'imports',
  payload: z.object({ importId: z.uuid() }),
});

/** One job per upload: a replayed outbox row adds nothing. */
export const importFileJobId = (importId: string) => `import-file-${importId}`;
