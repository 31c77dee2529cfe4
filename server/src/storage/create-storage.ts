import type { Env } from '../config/env';
import { createDiskStorage } from './disk-storage';
import type { ObjectStorage } from './object-storage';
import { createS3Storage } from './s3-storage';

/** S3-compatible storage when the environment names a bucket (env.ts checks the set is complete), else the disk. */
export function createObjectStorage(env: Pick<Env, 'ATTACHMENTS_DIR' | 'S3'>): ObjectStorage {
  return env.S3 ? createS3Storage(env.S3) : createDiskStorage(env.ATTACHMENTS_DIR);
}
