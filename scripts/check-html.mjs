// Validates every built page with html-validate and checks that every internal link and anchor
// resolves to a built file and an element id. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

const DIST = 'dist';
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes boolean and long attributes its own way; these rules judge style, not correctness.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		'no-inline-style': 'off',
		'long-title': 'off',
		'no-trailing-whitespace': 'off',
		'void-style': 'off',
		'no-redundant-role': 'off',
		// Call buttons read "SAPA 129: Telepon 129" and must be able to wrap on a 360 px phone.
		'tel-non-breaking': 'off',
		// HTML allows ids that start with a digit (numbered headings such as "8. …").
		'valid-id': ['error', { relaxed: true }],
	},
});

const files = (function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []
	);
})(DIST);

const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const pageFile = (path) => join(DIST, decodeURI(path), path.endsWith('/') ? 'index.html' : '');

let errors = 0;
let links = 0;
for (const file of files) {
	const html = readFileSync(file, 'utf8');
	const report = await validator.validateString(html, file);
	for (const result of report.results) {
		for (const m of result.messages) {
			// Astro places its island style (display: contents) just before the first island.
			if (m.ruleId === 'element-permitted-content' && m.message.startsWith('<style>')) continue;
			errors += 1;
			console.error(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	const route = '/' + relative(DIST, file).replace(/index\.html$/, '');
	for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
		if (/^(https?:|tel:|mailto:|data:)/.test(href)) continue;
		links += 1;
		const [pathAndQuery, hash] = href.split('#');
		const path = pathAndQuery.split('?')[0];
		const target = path === '' ? file : pageFile(path);
		if (!existsSync(target)) {
			errors += 1;
			console.error(`${route}: link to ${href}: no such page or file`);
			continue;
		}
		if (hash && !idsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(hash))) {
			errors += 1;
			console.error(`${route}: link to ${href}: no element with id "${hash}"`);
		}
	}
}
console.log(
	`check-html: ${files.length} pages validated, ${links} internal links checked, ${errors} problems`
);
process.exit(errors > 0 ? 1 : 0);
