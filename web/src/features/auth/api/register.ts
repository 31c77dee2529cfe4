import { useMutation } from '@tanstack/react-query';
import type { registerSchema, Session } from '@zamena/shared/auth/auth.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { startSession } from '../../../lib/auth';

export type Registration = z.output<typeof registerSchema>;

export function useRegister() {
  return useMutation({
    mutationFn: (input: Registration) => api.post<Session>('/auth/register', input, { auth: false }),
    onSuccess: startSession,
  });
}
