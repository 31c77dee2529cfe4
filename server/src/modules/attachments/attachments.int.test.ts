import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach, download, PDF, PNG } from '../../../test/attachments-fixtures';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  bearer,
  createAssociationMember,
  postNeed,
  register,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let maker: Registered;
let rival: Registered;
let analyst: { token: string };

beforeAll(async () => {
  ctx = await createTestApp({ ATTACHMENT_MAX_BYTES: '4096', ATTACHMENT_MAX_PER_OBJECT: '3' });
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer = await register(ctx.app, { regionCode: '62' });
  maker = await register(ctx.app, { regionCode: '66' });
  rival = await register(ctx.app, { regionCode: '52' });
});
afterAll(() => ctx.close());

const remove = (token: string, id: string) =>
  ctx.app.inject({ method: 'DELETE', url: `/api/v1/attachments/${id}`, headers: bearer(token) });

describe('a need’s drawings', () => {
  it('keeps a draft’s drawing as private as the draft, and opens it to manufacturers once published', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const upload = await attach(ctx.app, buyer.token, 'needs', need.id, 'Чертёж вала 40Х.pdf', PDF);
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json()).toMatchObject({
      name: 'Чертёж вала 40Х.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const { id } = upload.json();

    expect((await download(ctx.app, maker.token, id)).statusCode).toBe(404);
    expect((await api(ctx.app, 'GET', `/needs/${need.id}/attachments`, maker.token)).statusCode).toBe(404);
    const own = await download(ctx.app, buyer.token, id);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload).toEqual(PDF);

    const published = await api(ctx.app, 'POST', `/needs/${need.id}/publish`, buyer.token, undefined, {
      'if-match': `"${need.version}"`,
    });
    expect(published.statusCode, published.body).toBe(200);
    const file = await download(ctx.app, maker.token, id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="______ ____ 40_.pdf"; filename*=UTF-8''${encodeURIComponent('Чертёж вала 40Х.pdf')}`,
    );
    expect(file.rawPayload).toEqual(PDF);
    const list = await api(ctx.app, 'GET', `/needs/${need.id}/attachments`, maker.token);
    expect(list.json()).toMatchObject({ canUpload: false, items: [{ id, canDelete: false }] });

    const audit = await ctx.database.pool.query(
      `SELECT actor_organization_id FROM audit_events WHERE action = 'attachment.downloaded' AND entity_id = $1`,
      [id],
    );
    expect(audit.rows.map((r) => r.actor_organization_id)).toEqual([
      buyer.organizationId,
      maker.organizationId,
    ]);
  });

  it('lets only the buyer side attach; a manufacturer who sees the need is refused with 403', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const refused = await attach(ctx.app, maker.token, 'needs', need.id, 'моё.pdf', PDF);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_attachment_party');
    expect((await attach(ctx.app, analyst.token, 'needs', need.id, 'a.pdf', PDF)).statusCode).toBe(403);
  });
});

describe('the type from the content', () => {
  it('refuses a file whose content is not what its name says, and unknown types', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const disguised = await attach(ctx.app, buyer.token, 'needs', need.id, 'drawing.pdf', PNG);
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toMatchObject({ code: 'attachment_type_mismatch' });
    const exe = await attach(ctx.app, buyer.token, 'needs', need.id, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.json().code).toBe('attachment_type_unsupported');
    const empty = await attach(ctx.app, buyer.token, 'needs', need.id, 'empty.pdf', Buffer.alloc(0));
    expect(empty.json().code).toBe('attachment_empty');
    const photo = await attach(ctx.app, buyer.token, 'needs', need.id, 'photo.png', PNG);
    expect(photo.json()).toMatchObject({ contentType: 'image/png' });
  });
});

describe('limits', () => {
  it('answers 413 above the size limit and 400 past the count, naming the code', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const big = Buffer.concat([PDF, Buffer.alloc(5000, 32)]);
    const tooLarge = await attach(ctx.app, buyer.token, 'needs', need.id, 'big.pdf', big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('attachment_too_large');
    for (const n of [1, 2, 3]) {
      const response = await attach(ctx.app, buyer.token, 'needs', need.id, `лист ${n}.pdf`, PDF);
      expect(response.statusCode).toBe(201);
    }
    const fourth = await attach(ctx.app, buyer.token, 'needs', need.id, 'лист 4.pdf', PDF);
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().code).toBe('too_many_attachments');
    const list = await api(ctx.app, 'GET', `/needs/${need.id}/attachments`, buyer.token);
    expect(list.json()).toMatchObject({ canUpload: false, maxCount: 3, maxBytes: 4096 });
    // One content, three rows: stored once.
    expect(new Set(list.json().items.map((i: { sha256: string }) => i.sha256)).size).toBe(1);
  });
});

describe('deleting', () => {
  it('is the uploader’s organization’s alone: another organization gets 404, even one that reads it', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const { id } = (await attach(ctx.app, buyer.token, 'needs', need.id, 'spec.txt', 'Допуск h7')).json();
    expect((await remove(maker.token, id)).statusCode).toBe(404);
    expect((await remove(rival.token, id)).statusCode).toBe(404);
    expect((await download(ctx.app, maker.token, id)).statusCode).toBe(200);
    expect((await remove(buyer.token, id)).statusCode).toBe(204);
    expect((await download(ctx.app, buyer.token, id)).statusCode).toBe(404);
  });

  it('keeps the bytes while another row still names the same content', async () => {
    const need = await postNeed(ctx.app, buyer.token);
    const first = (await attach(ctx.app, buyer.token, 'needs', need.id, 'a.txt', 'одно и то же')).json();
    const second = (await attach(ctx.app, buyer.token, 'needs', need.id, 'b.txt', 'одно и то же')).json();
    expect((await remove(buyer.token, first.id)).statusCode).toBe(204);
    const left = await download(ctx.app, buyer.token, second.id);
    expect(left.statusCode).toBe(200);
    expect(left.body).toBe('одно и то же');
  });
});

describe('capabilities, bids and orders', () => {
  it('lets a bidder attach to its bid, read by the buyer side and not by a rival', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, maker.token, need.id);
    const file = await attach(ctx.app, maker.token, 'bids', bid.id, 'КП.pdf', PDF);
    expect(file.statusCode, file.body).toBe(201);
    expect((await download(ctx.app, buyer.token, file.json().id)).statusCode).toBe(200);
    expect((await download(ctx.app, rival.token, file.json().id)).statusCode).toBe(404);
    expect((await attach(ctx.app, buyer.token, 'bids', bid.id, 'x.pdf', PDF)).statusCode).toBe(403);
  });

  it('takes a manufacturer’s photo on its capability', async () => {
    const capability = await postCapability(ctx.app, maker.token);
    expect(
      (await attach(ctx.app, maker.token, 'capabilities', capability.id, 'цех.png', PNG)).statusCode,
    ).toBe(201);
    expect((await attach(ctx.app, rival.token, 'capabilities', capability.id, 'a.png', PNG)).statusCode).toBe(
      403,
    );
  });

  it('keeps an order’s papers with their kind, for both sides only', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const order = await acceptedOrder(
      ctx.app,
      buyer.token,
      (await postBid(ctx.app, maker.token, need.id)).id,
    );
    const contract = await attach(
      ctx.app,
      buyer.token,
      'orders',
      order.id,
      'Договор.pdf',
      PDF,
      '?documentKind=contract',
    );
    const upd = await attach(
      ctx.app,
      maker.token,
      'orders',
      order.id,
      'УПД 17.pdf',
      PDF,
      '?documentKind=upd',
    );
    const other = await attach(ctx.app, maker.token, 'orders', order.id, 'фото.png', PNG);
    expect([contract.statusCode, upd.statusCode, other.statusCode]).toEqual([201, 201, 201]);
    const list = await api(ctx.app, 'GET', `/orders/${order.id}/attachments`, maker.token);
    expect(
      list.json().items.map((i: { name: string; documentKind: string }) => [i.name, i.documentKind]),
    ).toEqual([
      ['Договор.pdf', 'contract'],
      ['УПД 17.pdf', 'upd'],
      ['фото.png', 'other'],
    ]);
    expect((await download(ctx.app, rival.token, contract.json().id)).statusCode).toBe(404);
    expect((await download(ctx.app, analyst.token, contract.json().id)).statusCode).toBe(200);
    const wrongKind = await attach(
      ctx.app,
      buyer.token,
      'orders',
      order.id,
      'a.pdf',
      PDF,
      '?documentKind=memo',
    );
    expect(wrongKind.statusCode).toBe(400);
  });
});

describe('files in messages', () => {
  it('lets a message point to its thread’s files and refuses another need’s', async () => {
    const need = await openNeed(ctx.app, buyer.token);
    const bid = await postBid(ctx.app, maker.token, need.id);
    const drawing = (await attach(ctx.app, buyer.token, 'needs', need.id, 'вал.pdf', PDF)).json();
    const offer = (await attach(ctx.app, maker.token, 'bids', bid.id, 'КП.pdf', PDF)).json();
    const elsewhere = await openNeed(ctx.app, buyer.token);
    const foreign = (await attach(ctx.app, buyer.token, 'needs', elsewhere.id, 'чужой.pdf', PDF)).json();

    const sent = await api(ctx.app, 'POST', `/needs/${need.id}/messages`, maker.token, {
      body: 'Смотрите КП и чертёж',
      attachmentIds: [offer.id, drawing.id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().attachments.map((a: { name: string }) => a.name)).toEqual(['КП.pdf', 'вал.pdf']);
    const page = await api(ctx.app, 'GET', `/threads/${sent.json().threadId}/messages`, buyer.token);
    expect(page.json().items[0].attachments).toHaveLength(2);

    const refused = await api(ctx.app, 'POST', `/needs/${need.id}/messages`, maker.token, {
      body: 'Чужой файл',
      attachmentIds: [foreign.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('attachmentIds.0');
  });
});

it('describes the file routes in the OpenAPI document', async () => {
  const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
  expect(Object.keys(spec.paths)).toEqual(
    expect.arrayContaining(['/api/v1/needs/{id}/attachments', '/api/v1/attachments/{id}']),
  );
});
