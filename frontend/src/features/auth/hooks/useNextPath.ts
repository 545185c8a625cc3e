import { useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';

const FALLBACK = paths.home;

/** Where to go after signing in; only same-site paths, so `next` cannot become an open redirect. */
export function useNextPath(): string {
  const [params] = useSearchParams();
  return safeNextPath(params.get('next'));
}

export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return FALLBACK;
  }
  if (next.startsWith(paths.signIn) || next.startsWith(paths.signUp)) return FALLBACK;
  return next;
}
