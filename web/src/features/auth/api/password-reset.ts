import { useMutation } from '@tanstack/react-query';
import type { ForgotPasswordInput, ResetPasswordInput } from '@zamena/shared/auth/auth.schemas';
import { api } from '../../../lib/api-client';

/** Always answered 202: the page cannot tell, and does not say, whether the address is registered. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: (input: ForgotPasswordInput) =>
      api.post<void>('/auth/password/forgot', input, { auth: false }),
  });
}

/** Every session of the user ends on success: they sign in again with the new password. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => api.post<void>('/auth/password/reset', input, { auth: false }),
  });
}
