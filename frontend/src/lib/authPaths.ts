/** Sign-in and sign-up URLs, with the same-site path to return to afterwards when there is one. */
export function signInPath(next?: string | null): string {
  return withNext('/signin', next);
}

export function signUpPath(next?: string | null): string {
  return withNext('/signup', next);
}

function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?${new URLSearchParams({ next })}` : path;
}
