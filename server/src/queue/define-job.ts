import type { z } from 'zod';
import type { QueueName } from './queues';

/** A job is a name, a queue and a zod payload (ids only, never personal data); handlers live in worker.ts. */
export type JobDefinition<P extends z.ZodType = z.ZodType> = { name: string; queue: QueueName; payload: P };

export const defineJob = <P extends z.ZodType>(definition: JobDefinition<P>) => definition;
