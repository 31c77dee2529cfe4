import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { objectKey, type ObjectStorage } from './object-storage';

const isMissing = (error: unknown) =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

/** Files under a data directory; written to a temporary name first, so a reader never sees half a file. */
export function createDiskStorage(root: string): ObjectStorage {
  const base = path.resolve(root);
  const fileOf = (hash: string) => path.join(base, objectKey(hash));

  return {
    kind: 'disk',

    async put(hash, content) {
      const target = fileOf(hash);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.part`;
      try {
        if (Buffer.isBuffer(content)) await writeFile(temporary, content);
        else await pipeline(content, createWriteStream(temporary));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(hash) {
      const file = fileOf(hash);
      try {
        await stat(file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      return createReadStream(file);
    },

    async exists(hash) {
      try {
        return (await stat(fileOf(hash))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async delete(hash) {
      await rm(fileOf(hash), { force: true });
    },
  };
}
