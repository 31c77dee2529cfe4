import type { ProblemCode } from '@zamena/shared/common/problem-codes';

/**
 * The one error vocabulary: services throw these, the HTTP error handler turns them into problem
 * documents. Codes come from the shared list, which the web client's texts are checked against.
 */
export type FieldError = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, errors: FieldError[] = []) {
    super(400, 'validation_failed', message, errors);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code: ProblemCode = 'unauthorized', message = 'Authentication required') {
    super(401, code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: ProblemCode = 'forbidden', message = 'You may not do this') {
    super(403, code, message);
  }
}

/** Also used for another organization's private object, so ids cannot be probed (DESIGN.md §3). */
export class NotFoundError extends AppError {
  constructor(entity: string) {
    super(404, 'not_found', `${entity} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(code: ProblemCode, message: string) {
    super(409, code, message);
  }
}

/** A limit was reached; the problem document goes out with Retry-After. */
export class TooManyRequestsError extends AppError {
  constructor(
    code: ProblemCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, message);
  }
}

export class PreconditionFailedError extends AppError {
  constructor(message = 'The object has changed since you read it') {
    super(412, 'version_mismatch', message);
  }
}

/** A change to a versioned object came without `If-Match`: lost updates are refused, not guessed. */
export class PreconditionRequiredError extends AppError {
  constructor(message = 'Send If-Match with the version you read (the ETag)') {
    super(428, 'precondition_required', message);
  }
}
