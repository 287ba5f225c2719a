// Draws the app icons (PNG, for installing) from the logo with Chromium. Run once after the logo
// changes: node scripts/make-icons.mjs. The output is committed in public/icons/.
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';

// Full-bleed background, logo inside the maskable safe zone (80 %).
const svg = (
	size
) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 40 40">
<rect width="40" height="40" fill="#1d6656"/>
<path d="M20 9c-5 3.75-8.75 3.75-11.25 3.75 0 10 3.75 16.25 11.25 18.75 7.5-2.5 11.25-8.75 11.25-18.75-2.5 0-6.25 0-11.25-3.75z" fill="#fff0d9"/>
</svg>`;

const browser = await chromium.launch({ executablePath: systemChromium });
for (const size of [48, 192, 512]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(`<body style="margin:0">${svg(size)}</body>`);
	await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: false });
	await page.close();
}
await browser.close();
console.log('make-icons: public/icons/icon-48.png (ZIM), icon-192.png, icon-512.png');
