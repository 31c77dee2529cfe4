import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('has defaults that work on a developer machine', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/zamena');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.PORT).toBe(3000);
    // No public default secret: without JWT_SECRET the server makes its own (server-secret.ts).
    expect(env.JWT_SECRET).toBeUndefined();
  });

  it('runs imports one at a time, within a row and an unpacked-size limit, unless told otherwise', () => {
    expect(parseEnv({})).toMatchObject({
      IMPORT_CONCURRENCY: 1,
      IMPORT_MAX_ROWS: 50_000,
      IMPORT_MAX_UNPACKED_BYTES: 50 * 1024 * 1024,
    });
    expect(parseEnv({ IMPORT_CONCURRENCY: '2', IMPORT_MAX_ROWS: '10' })).toMatchObject({
      IMPORT_CONCURRENCY: 2,
      IMPORT_MAX_ROWS: 10,
    });
  });

  it('gives a signed-in user twice the anonymous API budget unless told otherwise', () => {
    expect(parseEnv({})).toMatchObject({ RATE_LIMIT_PER_MINUTE: 600, RATE_LIMIT_PER_USER_PER_MINUTE: 1200 });
    expect(parseEnv({ RATE_LIMIT_PER_MINUTE: '50' }).RATE_LIMIT_PER_USER_PER_MINUTE).toBe(100);
    expect(
      parseEnv({ RATE_LIMIT_PER_MINUTE: '50', RATE_LIMIT_PER_USER_PER_MINUTE: '7' })
        .RATE_LIMIT_PER_USER_PER_MINUTE,
    ).toBe(7);
  });

  it('lists every wrong variable in one readable message', () => {
    expect(() => parseEnv({ PORT: 'eighty', DATABASE_URL: 'not a url', JWT_SECRET: 'short' })).toThrow(
      EnvError,
    );
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'not a url', JWT_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('JWT_SECRET: must be at least 32 characters');
    }
  });
});

describe('attachment storage settings', () => {
  it('keeps files on the disk by default, within 20 MB and 20 files an object', () => {
    const env = parseEnv({});
    expect(env.S3).toBeUndefined();
    expect([env.ATTACHMENTS_DIR, env.ATTACHMENT_MAX_BYTES, env.ATTACHMENT_MAX_PER_OBJECT]).toEqual([
      './data/attachments',
      20 * 1024 * 1024,
      20,
    ]);
  });

  it('uses S3 when the bucket and keys are set, and names what is missing of a partial set', () => {
    const env = parseEnv({
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'zamena',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(env.S3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'zamena',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
    expect(() => parseEnv({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'zamena' })).toThrow(
      /S3_ACCESS_KEY_ID: required when S3 storage is configured[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
  });
});
