// Removes Pagefind's prebuilt UI bundles: the site uses Pagefind's JS API with its own search page,
// so these ~370 KB would only be dead weight for offline copies and caches.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const dir = join('dist', 'pagefind');
const unused = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
let removed = 0;
for (const name of await readdir(dir)) {
	if (unused.test(name)) {
		await rm(join(dir, name));
		removed += 1;
	}
}
console.log(`prune-pagefind: removed ${removed} unused UI files from ${dir}`);
