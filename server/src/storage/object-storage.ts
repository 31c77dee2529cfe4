import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live, keyed by their SHA-256 (hex): one small interface, two backends
 * (local disk by default, S3-compatible when S3_* is set). The same content is stored once.
 */
export type ObjectStorage = {
  readonly kind: 'disk' | 's3';
  /** Stores the bytes under `hash`; storing the same hash again is harmless. */
  put(hash: string, content: Buffer | Readable, size: number): Promise<void>;
  /** The bytes, or null when nothing is stored under `hash`. */
  get(hash: string): Promise<Readable | null>;
  exists(hash: string): Promise<boolean>;
  /** Removes the bytes; a missing object is not an error. */
  delete(hash: string): Promise<void>;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A key is always a content hash: never a path a caller could steer. */
export function assertHash(hash: string): string {
  if (!SHA256_HEX.test(hash)) throw new Error(`Not a SHA-256 hex digest: ${hash.slice(0, 80)}`);
  return hash;
}

/** Two levels of fan-out (ab/cd/abcd…) keep directories and listings small. */
export const objectKey = (hash: string) => `${assertHash(hash).slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
