// ESLint: JavaScript's and typescript-eslint's recommended rules, type-aware for the TypeScript in src/ and
// test/ (tsconfig.json); the plain Node scripts (scripts/, bench/, bin/, configs) get the untyped set.
// Formatting is Prettier's job (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build-tsc/',
      'coverage/',
      'test-output/',
      'src/core/reference/regions.generated.ts',
      'src/core/reference/villages.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Adapters implement the Promise-returning port interfaces with async methods, some of which need no await.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a parameter an implementation must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core, and the .xlsx reader the offline page runs unchanged, import nothing from Node.
    files: ['src/core/**/*.ts', 'src/hosts/xlsx/read/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|(fs|path|zlib|stream|os|buffer|string_decoder|util|child_process)$)',
              message: 'No Node APIs here: pass a ByteSource or an InflateRaw instead.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Buffer', message: 'Use Uint8Array: this code runs in browsers too.' },
        { name: 'process', message: 'No Node APIs here.' },
        { name: 'require', message: 'No Node APIs here.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
