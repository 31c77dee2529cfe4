import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { objectKey, type ObjectStorage } from './object-storage';

export type S3Settings = {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);

/**
 * Any S3-compatible store (MinIO, a cloud bucket). Path-style addressing works with MinIO and custom
 * endpoints; checksums only when the operation requires them, which the smaller S3 clones accept.
 */
export function createS3Storage(settings: S3Settings): ObjectStorage & { client: S3Client } {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;

  return {
    kind: 's3',
    client,

    async put(hash, content, size) {
      await client.send(
        new PutObjectCommand({ Bucket, Key: objectKey(hash), Body: content, ContentLength: size }),
      );
    },

    async get(hash) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(hash) }));
        return answer.Body instanceof Readable ? answer.Body : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async exists(hash) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(hash) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async delete(hash) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(hash) }));
    },
  };
}
