import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.parley/**', 'bench/results/**', 'e2e/artifacts/**', '**/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in apps/server/src/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word people read comes from the translation files.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'Text people read belongs in the translation files (useTranslation).',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/\\p{L}/u]',
          message: 'Labels people read belong in the translation files (useTranslation).',
        },
      ],
    },
  },
  {
    files: [
      'apps/server/src/config.ts',
      'apps/web/vite.config.ts',
      'e2e/**',
      'scripts/**',
      'bench/**',
      '**/*.test.ts',
      '**/test-support/**',
      '**/testing/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
