import { useMutation } from '@tanstack/react-query';
import type { LoginInput, Session } from '@zamena/shared/auth/auth.schemas';
import { api } from '../../../lib/api-client';
import { startSession } from '../../../lib/auth';

export function useSignIn() {
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Session>('/auth/login', input, { auth: false }),
    onSuccess: startSession,
  });
}
