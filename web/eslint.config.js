// ESLint for the web code (run by the Maven build through `npm run lint`, as Spotless is for Java).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'target/', 'node_modules/', 'src/gql/', 'playwright-report/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // the ideographic space (U+3000) is Chinese typography in page texts
      'no-irregular-whitespace': ['error', { skipJSXText: true, skipTemplates: true, skipStrings: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.mjs', '*.config.{ts,js}', 'codegen.ts'],
    languageOptions: { globals: globals.node },
  },
);
