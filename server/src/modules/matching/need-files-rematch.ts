import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { needs } from '../../db/schema';
import { addToOutbox } from '../../queue/outbox';
import { matchNeedJob } from '../needs/needs.jobs';

export type FileChange = 'added' | 'removed';

/**
 * A file added to or removed from an open need changes the text matching reads (its name), not the
 * need's version: the need is matched again through the outbox, in the transaction of the change. The
 * job id names the file and the change, so each change runs once (a replayed row adds nothing) and
 * none is mistaken for an earlier one; the run reads the profile anew as the stored one was read
 * with other file names. A draft is matched when it is published, with the files it has then.
 */
export async function rematchNeedForFiles(
  db: DbExecutor,
  needId: string,
  attachmentId: string,
  change: FileChange,
): Promise<boolean> {
  const [need] = await db
    .select({ version: needs.version, status: needs.status })
    .from(needs)
    .where(eq(needs.id, needId));
  if (!need || need.status !== 'open') return false;
  await addToOutbox(
    db,
    matchNeedJob,
    { needId, version: need.version },
    `match-need-${needId}-v${need.version}-f${attachmentId}-${change}`,
    'need.files_changed',
  );
  return true;
}
