// ESLint for the pages' scripts: browser ES modules; Chart.js comes from its webjar as a classic script (a global).
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    // target/ holds copies of the same scripts.
    ignores: ['target/**'],
  },
  {
    files: ['src/main/resources/META-INF/resources/js/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, Chart: 'readonly' },
    },
  },
];
