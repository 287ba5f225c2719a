import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-zim/',
			'build/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		files: ['**/*.{js,mjs,ts,tsx}'],
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Type-only imports keep zod and schemas out of island bundles.
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		files: ['src/**/*.tsx'],
		...jsxA11y.flatConfigs.recommended,
	},
	{
		// Pure logic: no views, no Astro runtime, no DOM. This keeps src/lib unit-testable.
		files: ['src/lib/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['preact', 'preact/*', 'astro:*', '@astrojs/*', '**/components/*'] },
			],
			'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
		},
	},
	prettier
);
