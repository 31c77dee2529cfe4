import type { App } from '../src/app';
import { bearer } from './fixtures';
import { multipart } from './imports-fixtures';

/** A small but real PDF header and body (what the type check reads). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

export type OwnerPath = 'needs' | 'capabilities' | 'bids' | 'orders';

/** POST /{owner}/:id/attachments with one file, as a browser's form would send it. */
export async function attach(
  app: App,
  token: string,
  owner: OwnerPath,
  id: string,
  filename: string,
  content: Buffer | string,
  query = '',
) {
  const { payload, contentType } = await multipart(filename, content);
  return app.inject({
    method: 'POST',
    url: `/api/v1/${owner}/${id}/attachments${query}`,
    headers: { ...bearer(token), 'content-type': contentType },
    payload,
  });
}

export const download = (app: App, token: string, id: string) =>
  app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: bearer(token) });
