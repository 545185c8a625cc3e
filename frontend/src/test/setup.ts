import '@testing-library/jest-dom/vitest';
import { beforeEach } from 'vitest';
import { setAuthState } from '../lib/authStore';

// Testing Library unmounts after each test by itself (globals: true gives it afterEach), and
// unstubGlobals restores fetch; the auth store is module state, so start every test signed out.
beforeEach(() => {
  setAuthState(null);
});
