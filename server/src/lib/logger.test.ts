import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

/** A logger at info level whose lines are kept, as written. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('info', 'test', stream), text: () => lines.join('') };
}

describe('the logger', () => {
  it('redacts credentials, bodies and secret-like fields', () => {
    const { log, text } = capture();
    log.info(
      {
        req: {
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { authorization: 'Bearer eyJ.secret', cookie: 'zamena_refresh=r1' },
        },
        body: { email: 'a@b.ru', password: 'correct horse battery' },
        user: { password: 'hunter2-hunter2', token: 'invite-token-123' },
        accessToken: 'eyJ.other',
      },
      'request',
    );
    const written = text();
    for (const secret of [
      'eyJ.secret',
      'zamena_refresh=r1',
      'correct horse',
      'hunter2',
      'invite-token-123',
      'eyJ.other',
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain('/api/v1/auth/login');
  });

  it('leaves the credentials out of the URLs of the requests it logs', () => {
    const { log, text } = capture();
    log.info(
      { req: { method: 'GET', url: '/api/v1/matches/m1/feedback?token=eyJsigned.link&x=1', ip: '10.0.0.1' } },
      'incoming request',
    );
    expect(text()).toContain('/api/v1/matches/m1/feedback?token=[redacted]&x=1');
    expect(text()).not.toContain('eyJsigned');
  });

  it("logs a failed statement without its parameters, keeping the SQL and the driver's message", () => {
    const { log, text } = capture();
    const driverError = Object.assign(new Error('unsupported Unicode escape sequence'), {
      code: '22P05',
      detail: 'Key (email)=(ivan@zavod.ru) already exists.',
    });
    const failed = new DrizzleQueryError(
      'insert into "messages" ("body", "author") values ($1, $2)',
      ['Секретная цена 790 ₽\nв два ряда', 'ivan@zavod.ru'],
      driverError,
    );
    log.error({ err: failed }, 'request failed');
    const written = text();
    expect(written).toContain('insert into \\"messages\\"');
    expect(written).toContain('unsupported Unicode escape sequence');
    expect(written).not.toContain('Секретная');
    expect(written).not.toContain('в два ряда');
    expect(written).not.toContain('ivan@zavod.ru');
  });
});
