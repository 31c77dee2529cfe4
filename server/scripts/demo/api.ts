import type { z } from 'zod';
import type { App } from '../../src/app';

type Method = 'GET' | 'POST' | 'PATCH';

/** A call that did not answer what the demo expected: the loader stops and says which. */
export class DemoApiError extends Error {}

export type DemoApi = <S extends z.ZodType>(
  schema: S,
  method: Method,
  url: string,
  token: string | null,
  payload?: object,
  headers?: Record<string, string>,
) => Promise<z.output<S>>;

/**
 * The demo talks to the exchange only through its API, in-process (`app.inject`), as a client would:
 * every rule, permission and side effect (audit, outbox, notifications) applies. Each answer is read
 * through the shared schema of that response.
 */
export function createDemoApi(app: App): DemoApi {
  return async (schema, method, url, token, payload, headers = {}) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw new DemoApiError(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    }
    return schema.parse(response.json());
  };
}
