import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const spa = './frontend/src';
const features = ['auth', 'landing', 'home', 'history', 'meeting'];
const shared = [`${spa}/components`, `${spa}/config`, `${spa}/lib`];

/** The SPA's walls: app/ composes features; a feature never reaches into another one. */
const wallZones = [
  ...features.map((feature) => ({
    target: `${spa}/features/${feature}`,
    from: `${spa}/features`,
    except: [`./${feature}`],
    message: 'A feature does not import another feature; compose them in app/routes.',
  })),
  {
    target: `${spa}/features/meeting/prejoin`,
    from: `${spa}/features/meeting/call`,
    message: 'Pre-join and the call meet only in the meeting page.',
  },
  {
    target: `${spa}/features/meeting/call`,
    from: `${spa}/features/meeting/prejoin`,
    message: 'Pre-join and the call meet only in the meeting page.',
  },
  {
    target: shared,
    from: `${spa}/features`,
    message: 'Shared code knows no feature; move it into the feature that uses it.',
  },
  {
    target: [...shared, `${spa}/features`],
    from: `${spa}/app`,
    message: 'Only the app imports from app/.',
  },
];

const testSupportZone = {
  target: spa,
  from: `${spa}/test`,
  message: 'Test support is for tests only.',
};

const wallRule = (zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'test-results/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['backend/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.mjs', '*.ts', '*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['frontend/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: wallRule(wallZones),
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    ignores: ['frontend/src/**/*.test.{ts,tsx}', 'frontend/src/test/**'],
    rules: wallRule([...wallZones, testSupportZone]),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
