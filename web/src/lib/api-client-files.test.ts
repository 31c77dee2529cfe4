import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, setSession } from './api-client';

type Seen = { url: string; contentType: string | null; body: unknown; authorization: string | null };

let seen: Seen[];

beforeEach(() => {
  seen = [];
  setSession({ accessToken: 'token', user: { id: 'u' }, organization: { id: 'o' } } as never);
});

afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

function serve(handler: (call: Seen) => Response) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const call = {
      url,
      contentType: headers.get('content-type'),
      body: init.body,
      authorization: headers.get('authorization'),
    };
    seen.push(call);
    return handler(call);
  });
}

describe('api client files', () => {
  it('uploads FormData as it is, letting the browser set the multipart boundary', async () => {
    serve(
      () =>
        new Response(JSON.stringify({ id: 'i', status: 'queued' }), {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const form = new FormData();
    form.append('file', new Blob(['a;b']), 'needs.csv');
    await expect(api.upload('/needs/import', form)).resolves.toEqual({ id: 'i', status: 'queued' });
    expect(seen[0]).toMatchObject({
      url: '/api/v1/needs/import',
      contentType: null,
      authorization: 'Bearer token',
    });
    expect(seen[0]?.body).toBe(form);
  });

  it('downloads a file with the token and reads its UTF-8 name', async () => {
    serve(
      () =>
        new Response('xlsx-bytes', {
          headers: {
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename="____.xlsx"; filename*=UTF-8''${encodeURIComponent('потребности.xlsx')}`,
          },
        }),
    );
    const file = await api.download('/needs/export', { query: { format: 'xlsx', q: 'подшипник' } });
    expect(file.filename).toBe('потребности.xlsx');
    expect(await file.blob.text()).toBe('xlsx-bytes');
    expect(seen[0]?.url).toBe(`/api/v1/needs/export?format=xlsx&q=${encodeURIComponent('подшипник')}`);
    expect(seen[0]?.authorization).toBe('Bearer token');
  });

  it('turns a refused download into an ApiError carrying the problem', async () => {
    serve(
      () =>
        new Response(
          JSON.stringify({ type: 't', title: 'Bad Request', status: 400, code: 'validation_failed' }),
          {
            status: 400,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
    );
    await expect(api.download('/needs/export')).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
  });
});
