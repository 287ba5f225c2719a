// Lists picture names authors can use in content, matching a word: `node scripts/find-picture.mjs hand`.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const set = require('@iconify-json/fluent-emoji-flat/icons.json');
const drawings = readdirSync('src/assets/pictures').map((f) => f.replace(/\.svg$/, ''));
const words = process.argv.slice(2).map((w) => w.toLowerCase());
const names = [...drawings.map((d) => `${d} (gambar situs)`), ...Object.keys(set.icons)];
const found = names.filter((n) => words.every((w) => n.includes(w)));
console.log(found.length ? found.join('\n') : `Tidak ada gambar dengan kata: ${words.join(' ')}`);
