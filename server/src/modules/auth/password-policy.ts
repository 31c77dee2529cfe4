import { readFileSync } from 'node:fs';
import { ValidationError } from '../../lib/errors';

let common: Set<string> | undefined;

/** The list beside this file (see its header for the source), read on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
  return common;
}

/**
 * Why a password may not be used, or null. NIST SP 800-63B 3.1.1.2: a minimum length (the shared
 * schema), no common password, nothing from the account itself; no composition rules.
 */
export function passwordProblem(password: string, email: string): string | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'is one of the most common passwords: choose another';
  const address = email.toLowerCase();
  if (lower === address || lower === address.split('@')[0]) return 'must not be your e-mail address';
  return null;
}

/** Throws a 400 naming `field` when the password may not be used. */
export function assertPasswordAllowed(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationError('The password cannot be used', [{ path: field, message: problem }]);
}
