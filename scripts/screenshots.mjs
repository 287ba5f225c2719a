// Takes screenshots of pages at phone, projector and print sizes, for people to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (serve the site first: npm run serve)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const routes =
	paths.length > 0
		? paths
		: [
				'/',
				'/pelajaran/bagian-pribadi/',
				'/kuis/bagian-pribadi/',
				'/orang-tua/bicara-tentang-tubuh/',
				'/bantuan/',
			];
const sizes = { phone: { width: 360, height: 740 }, projector: { width: 1280, height: 720 } };

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium });
for (const route of routes) {
	const name = route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'beranda';
	for (const [label, viewport] of Object.entries(sizes)) {
		const page = await browser.newPage({ viewport });
		await page.goto(base + route);
		await page.screenshot({ path: `screenshots/${name}.${label}.png` });
		if (label === 'phone') {
			// Long pages in readable slices: the first three screens below the top one.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let i = 1; i <= 3 && i * viewport.height < height; i += 1) {
				const clip = {
					x: 0,
					y: i * viewport.height,
					width: viewport.width,
					height: viewport.height,
				};
				await page.screenshot({
					path: `screenshots/${name}.${label}-${i}.png`,
					fullPage: true,
					clip,
				});
			}
		}
		await page.close();
	}
	const page = await browser.newPage();
	await page.goto(base + route);
	await page.pdf({
		path: `screenshots/${name}.print.pdf`,
		format: 'A4',
		margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
	});
	await page.close();
	console.log(`screenshots/${name}.{phone,projector}.png + .print.pdf`);
}
await browser.close();
