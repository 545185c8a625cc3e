import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { beforeEach } from 'vitest';
import { setAuthState } from '../lib/authStore';

// findBy and waitFor give up after 1 s by default, which a loaded machine can spend on one render;
// they still return as soon as the UI is there.
configure({ asyncUtilTimeout: 10_000 });

// Testing Library unmounts after each test by itself (globals: true gives it afterEach), and
// unstubGlobals restores fetch; the auth store is module state, so start every test signed out.
beforeEach(() => {
  setAuthState(null);
});
