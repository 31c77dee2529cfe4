import { DEMO_PASSWORD, SIGN_INS } from './data/organizations';

const ROLES: Record<(typeof SIGN_INS)[number]['role'], string> = {
  centre: 'regional centre',
  buyer: 'enterprise (buyer)',
  manufacturer: 'manufacturer',
  analyst: 'association analyst',
  admin: 'platform administrator',
};

/** The lines printed at the end of `npm run demo`: where to go and one sign-in per role. */
export function signInLines(publicUrl: string, outcome: 'loaded' | 'present'): string[] {
  const width = Math.max(...SIGN_INS.map(({ role }) => ROLES[role].length));
  const email = Math.max(...SIGN_INS.map((signIn) => signIn.email.length));
  return [
    outcome === 'loaded' ? 'The demo exchange is loaded.' : 'The demo exchange is already loaded.',
    `Open ${publicUrl} and sign in as one of (e-mail, password):`,
    ...SIGN_INS.map(
      (signIn) => `  ${ROLES[signIn.role].padEnd(width)}  ${signIn.email.padEnd(email)}  ${DEMO_PASSWORD}`,
    ),
  ];
}
