import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
	site: 'https://jagadiri.example',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact()],
	// Privacy: never ask any other origin for anything, not even in dev.
	devToolbar: { enabled: false },
	prefetch: false,
});
