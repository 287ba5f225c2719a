/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/{unit,components,content,build}/**/*.test.{ts,tsx}'],
		environment: 'node',
		globals: false,
	},
});
