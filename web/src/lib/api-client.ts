import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Problem } from '@zamena/shared/common/common.schemas';
import { env } from '../config/env';
import { noteRateLimited, retryAfterSeconds } from './rate-limit-notice';

export type FieldError = { path: string; message: string };

/** Every failed call ends here, carrying the server's RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly problem: Problem;
  /** On a 429: how long the server asked to wait before trying again (Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const NETWORK_UNREACHABLE = 'network_unreachable';
export const RATE_LIMITED = 'rate_limited';

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function unreachable(): ApiError {
  return new ApiError({
    type: `urn:zamena:problem:${NETWORK_UNREACHABLE}`,
    title: 'Network unreachable',
    status: 0,
    code: NETWORK_UNREACHABLE,
    detail: 'The API could not be reached',
  });
}

function isProblem(value: unknown): value is Problem {
  const candidate = value as Partial<Problem> | null;
  return typeof candidate?.code === 'string' && typeof candidate.status === 'number';
}

// --- reachability, for the "API unreachable" banner -------------------------------------------------

let reachable = true;
const reachabilityListeners = new Set<() => void>();

function setReachable(value: boolean) {
  if (reachable === value) return;
  reachable = value;
  reachabilityListeners.forEach((listener) => listener());
}

export const isApiReachable = () => reachable;

export function subscribeReachability(listener: () => void): () => void {
  reachabilityListeners.add(listener);
  return () => reachabilityListeners.delete(listener);
}

// --- session: the access token lives in memory only; the refresh token is an httpOnly cookie ---------

let accessToken: string | null = null;
const sessionListeners = new Set<(session: Session | null) => void>();

/** Called after sign-in, registration, a refresh, sign-out or an expired session. */
export function setSession(session: Session | null) {
  accessToken = session?.accessToken ?? null;
  sessionListeners.forEach((listener) => listener(session));
}

export function onSessionChange(listener: (session: Session | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

// --- requests ----------------------------------------------------------------------------------------

type Query = Record<string, string | number | boolean | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send the access token and, on 401, refresh once and retry. On by default. */
  auth?: boolean;
};

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers = new Headers({ accept: 'application/json, application/problem+json', ...options.headers });
  // A FormData body (file uploads) sets its own multipart content type with the boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers.set('content-type', 'application/json');
  if (token) headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: multipart
        ? (options.body as FormData)
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    setReachable(false);
    throw unreachable();
  }
  // A gateway error, or a 5xx that is not our problem document (the dev proxy answers 500 text/plain
  // when the API is down), means the API itself was not reached.
  const fromApi = (response.headers.get('content-type') ?? '').includes('json');
  if ([502, 503, 504].includes(response.status) || (response.status >= 500 && !fromApi)) {
    setReachable(false);
    throw unreachable();
  }
  setReachable(true);
  if (response.status === 429) noteRateLimited(retryAfterSeconds(response.headers.get('retry-after')));
  return response;
}

async function readBody<T>(response: Response): Promise<T> {
  const text = response.status === 204 ? '' : await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (response.ok) return data as T;
  throw new ApiError(
    isProblem(data)
      ? data
      : {
          type: 'about:blank',
          title: response.statusText,
          status: response.status,
          // Whatever stood between us and the API (a proxy's own 429 page), it said "too many".
          code: response.status === 429 ? RATE_LIMITED : `http_${response.status}`,
        },
    response.status === 429 ? retryAfterSeconds(response.headers.get('retry-after')) : undefined,
  );
}

let refreshing: Promise<Session | null> | null = null;

/**
 * Trades the refresh cookie for a new session, or null when there is none. Concurrent callers share one
 * request: the server rotates the cookie and treats a second use of the old one as theft (DESIGN.md §5).
 */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= (async () => {
    try {
      const response = await send('/auth/refresh', { method: 'POST' }, null);
      if (response.status === 401) {
        setSession(null);
        return null;
      }
      const session = await readBody<Session>(response);
      setSession(session);
      return session;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function authorizedResponse(path: string, options: RequestOptions): Promise<Response> {
  const useAuth = options.auth ?? true;
  const tokenSent = useAuth ? accessToken : null;
  const response = await send(path, options, tokenSent);
  if (response.status === 401 && useAuth) {
    // Another request may already have refreshed while this one was in flight.
    const token =
      accessToken && accessToken !== tokenSent ? accessToken : (await refreshSession())?.accessToken;
    if (token) return send(path, options, token);
  }
  return response;
}

/** The one way the client talks to the API. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await authorizedResponse(path, options));
}

export type DownloadedFile = { blob: Blob; filename: string | null };

function filenameOf(response: Response): string | null {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** A file (export, template) fetched with the bearer token, which a plain link could not send. */
export async function requestFile(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await authorizedResponse(path, options);
  if (!response.ok) return readBody<never>(response);
  return { blob: await response.blob(), filename: filenameOf(response) };
}

type XhrAnswer = { status: number; body: string; headers: Headers };

function sendWithProgress(
  path: string,
  form: FormData,
  query: Query | undefined,
  token: string | null,
  onProgress: (fraction: number) => void,
): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', urlOf(path, query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      resolve({ status: xhr.status, body: xhr.responseText, headers });
    };
    xhr.onerror = () => reject(unreachable());
    xhr.send(form);
  });
}

/**
 * A multipart upload that reports its progress (fetch cannot): XMLHttpRequest, with the same token,
 * refresh-once-on-401 and problem documents as every other call.
 */
export async function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
  query?: Query,
): Promise<T> {
  const tokenSent = accessToken;
  let answer: XhrAnswer;
  try {
    answer = await sendWithProgress(path, form, query, tokenSent, onProgress);
    if (answer.status === 401) {
      const token =
        accessToken && accessToken !== tokenSent ? accessToken : (await refreshSession())?.accessToken;
      if (token) answer = await sendWithProgress(path, form, query, token, onProgress);
    }
  } catch (error) {
    setReachable(false);
    throw error;
  }
  setReachable(true);
  return readBody<T>(new Response(answer.status === 204 ? null : answer.body, answer));
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
  /** multipart/form-data, e.g. an import file. */
  upload: <T>(path: string, form: FormData, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body: form }),
  download: (path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    requestFile(path, { ...options, method: 'GET', headers: { accept: '*/*', ...options?.headers } }),
};

/** A cheap probe used while the API is unreachable; resolves true once it answers again. */
export async function pingApi(): Promise<boolean> {
  try {
    await request('/healthz', { auth: false });
    return true;
  } catch {
    return false;
  }
}
