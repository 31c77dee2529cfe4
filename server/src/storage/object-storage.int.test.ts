import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/s3-server';
import { createDiskStorage } from './disk-storage';
import type { ObjectStorage } from './object-storage';
import { createS3Storage } from './s3-storage';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** The one contract every backend meets; each backend below runs it unchanged. */
function storageContract(
  name: string,
  open: () => Promise<{ storage: ObjectStorage; close: () => Promise<void> }>,
) {
  describe(`${name} storage`, () => {
    let storage: ObjectStorage;
    let close: () => Promise<void>;
    beforeAll(async () => ({ storage, close } = await open()));
    afterAll(() => close());

    it('keeps bytes under their hash and gives them back unchanged', async () => {
      const content = Buffer.from('%PDF-1.7\nчертёж вала\n%%EOF');
      const hash = sha256(content);
      expect(await storage.exists(hash)).toBe(false);
      await storage.put(hash, content, content.length);
      expect(await storage.exists(hash)).toBe(true);
      const stream = await storage.get(hash);
      expect(stream).not.toBeNull();
      expect(await buffer(stream!)).toEqual(content);
    });

    it('takes a stream as well as a buffer, and a second put of the same hash is harmless', async () => {
      const content = Buffer.alloc(300_000, 7);
      const hash = sha256(content);
      await storage.put(
        hash,
        Readable.from([content.subarray(0, 1000), content.subarray(1000)]),
        content.length,
      );
      await storage.put(hash, content, content.length);
      expect(await buffer((await storage.get(hash))!)).toEqual(content);
    });

    it('answers null and false for what it does not hold', async () => {
      const hash = sha256(Buffer.from('never stored'));
      expect(await storage.get(hash)).toBeNull();
      expect(await storage.exists(hash)).toBe(false);
    });

    it('deletes, and deleting what is gone is not an error', async () => {
      const content = Buffer.from('временный файл');
      const hash = sha256(content);
      await storage.put(hash, content, content.length);
      await storage.delete(hash);
      expect(await storage.exists(hash)).toBe(false);
      expect(await storage.get(hash)).toBeNull();
      await expect(storage.delete(hash)).resolves.toBeUndefined();
    });

    it('refuses a key that is not a content hash (no paths)', async () => {
      await expect(storage.put('../../etc/passwd', Buffer.from('x'), 1)).rejects.toThrow(/SHA-256/);
      await expect(storage.get('AB')).rejects.toThrow(/SHA-256/);
    });
  });
}

storageContract('disk', async () => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'zamena-disk-'));
  return {
    storage: createDiskStorage(directory),
    close: () => rm(directory, { recursive: true, force: true }),
  };
});

storageContract('S3 (a real s3rver on a free port)', async () => {
  const server = await startS3Server();
  const storage = createS3Storage(server.settings);
  return {
    storage,
    close: async () => {
      storage.client.destroy();
      await server.stop();
    },
  };
});
