// Packs dist-zim/ (see `npm run build:zim`) into build/jaga-diri_id_all.zim with zimwriterfs, then
// verifies it with zimcheck. Needs Debian's zim-tools (apt-get install zim-tools).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';

const OUT = 'build/jaga-diri_id_all.zim';
mkdirSync('build', { recursive: true });
rmSync(OUT, { force: true });
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('zimwriterfs', [
	'--welcome=index.html',
	'--illustration=zim-illustration.png',
	'--language=ind',
	'--name=jaga-diri_id_all',
	'--title=Jaga Diri',
	'--description=Pencegahan kekerasan seksual pada anak: pelajaran, kuis, panduan',
	'--creator=Jaga Diri',
	'--publisher=Jaga Diri',
	'--flavour=maxi',
	'--tags=_category:other;pendidikan;perlindungan-anak',
	'--scraper=jaga-diri-build',
	'dist-zim',
	OUT,
]);
run('zimcheck', ['-A', OUT]);
console.log(`zim: ${OUT}, ${(statSync(OUT).size / 1024).toFixed(0)} KB, zimcheck passed`);
