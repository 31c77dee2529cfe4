import { afterAll, beforeAll, expect, it } from 'vitest';
import { attach, download, PDF } from '../../../test/attachments-fixtures';
import { postNeed, register, type Registered } from '../../../test/fixtures';
import { startS3Server } from '../../../test/s3-server';
import { createTestApp, type TestContext } from '../../../test/test-app';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let ctx: TestContext;
let buyer: Registered;

beforeAll(async () => {
  s3 = await startS3Server();
  ctx = await createTestApp({
    S3_ENDPOINT: s3.settings.endpoint,
    S3_BUCKET: s3.settings.bucket,
    S3_REGION: s3.settings.region,
    S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
    // A directory that cannot be written: a file that reached the disk would fail the test.
    ATTACHMENTS_DIR: '/proc/zamena-must-not-write-here',
  });
  buyer = await register(ctx.app, { regionCode: '62' });
});
afterAll(async () => {
  await ctx?.close();
  await s3?.stop();
});

it('stores and serves attachments through the S3 bucket when S3_* is set', async () => {
  const need = await postNeed(ctx.app, buyer.token);
  const upload = await attach(ctx.app, buyer.token, 'needs', need.id, 'вал.pdf', PDF);
  expect(upload.statusCode, upload.body).toBe(201);
  const file = await download(ctx.app, buyer.token, upload.json().id);
  expect(file.statusCode).toBe(200);
  expect(file.rawPayload).toEqual(PDF);
});
