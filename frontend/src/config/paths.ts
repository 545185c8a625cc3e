/** Every route of the SPA. Links and redirects build their URLs here, never from literals. */
export const paths = {
  landing: '/',
  signIn: '/signin',
  signUp: '/signup',
  home: '/home',
  history: '/history',
  account: '/account',
  meeting: '/m/:code',
} as const;

export function meetingPath(code: string): string {
  return `/m/${code}`;
}

/** Sign-in and sign-up URLs, with the same-site path to return to afterwards when there is one. */
export function signInPath(next?: string | null): string {
  return withNext(paths.signIn, next);
}

export function signUpPath(next?: string | null): string {
  return withNext(paths.signUp, next);
}

function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?${new URLSearchParams({ next })}` : path;
}
