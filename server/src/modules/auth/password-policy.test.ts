import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../lib/errors';
import { assertPasswordAllowed, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('refuses the common passwords of the shipped list, in any case', () => {
    for (const password of ['1234567890', 'qwertyuiop', 'QwertyUiop', 'password123', 'йцукенгшщз']) {
      expect(passwordProblem(password, 'someone@example.ru')).toMatch(/most common/);
    }
  });

  it('refuses the e-mail address and its local part, in any case', () => {
    expect(passwordProblem('Ivan.Petrov@Example.ru', 'ivan.petrov@example.ru')).toMatch(/e-mail/);
    expect(passwordProblem('IVAN.PETROV.1980', 'ivan.petrov.1980@example.ru')).toMatch(/e-mail/);
  });

  it('accepts a long phrase with no composition rules', () => {
    expect(passwordProblem('correct horse battery', 'someone@example.ru')).toBeNull();
    expect(passwordProblem('всё лето на даче', 'someone@example.ru')).toBeNull();
  });

  it('names the field in the 400 it throws', () => {
    try {
      assertPasswordAllowed('qwertyuiop', 'someone@example.ru', 'newPassword');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors).toEqual([
        { path: 'newPassword', message: expect.stringMatching(/most common/) },
      ]);
    }
  });
});
