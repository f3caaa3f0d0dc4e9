import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'cdk.out/',
      'dist/',
      'site/dist/',
      'coverage/',
      '.data/',
      '.bench/',
      '.tmp/',
      'reports/',
      '.stryker-tmp*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['site/**/*.ts'],
    ignores: ['site/build.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read JSON response bodies of many shapes.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Domain code must not depend on entry points, infrastructure or Lambda types.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/functions/**', '**/infra/**', 'aws-lambda', 'aws-cdk-lib', 'aws-cdk-lib/*'] },
      ],
    },
  },
  // Last: turns off the rules that would argue with Prettier over layout (Prettier formats, ESLint finds bugs).
  eslintConfigPrettier,
);
