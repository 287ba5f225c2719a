// Plays a quiz at 360×740 with touch, taking a screenshot after each step.
import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
const PORT=+process.env.PORT||4440, BASE=`http://127.0.0.1:${PORT}`;
const [slug, outPrefix, steps='14'] = process.argv.slice(2);
const server = spawn(process.execPath, ['node_modules/astro/astro.js','preview','--host','127.0.0.1','--port',String(PORT)],{stdio:'ignore'});
for (let i=0;i<50;i++){try{if((await fetch(BASE)).ok)break;}catch{await new Promise(r=>setTimeout(r,200));}}
const browser = await chromium.launch({executablePath:'/usr/bin/chromium'});
const ctx = await browser.newContext({viewport:{width:360,height:740},hasTouch:true,isMobile:true,deviceScaleFactor:1});
const page = await ctx.newPage();
await page.addInitScript(()=>{window.__quizSeed='jalan';});
await page.goto(`${BASE}/kuis/${slug}/`); await page.waitForTimeout(1500);
let n=0; const shot=async(tag)=>{await page.screenshot({path:`${outPrefix}-${String(n++).padStart(2,'0')}-${tag}.png`});};
await shot('open');
const click = async (name) => { const b = page.getByRole('button',{name, exact:false}).first(); if (await b.count() && await b.isVisible()) { await b.tap(); await page.waitForTimeout(700); return true;} return false; };
await click('Mulai'); await shot('start');
for (let s=0; s<+steps; s++) {
  const area = page.locator('.quiz');
  const txt = (await page.locator('h2, h3').allTextContents()).join(' | ').slice(0,160);
  console.log('step', s, txt);
  // choose: first unchecked radio/checkbox-like option or first choice button in the question
  const opt = page.locator('[role=radio], input[type=radio], input[type=checkbox]:not(#quiz-remember), .quiz-choice, .quiz-card button').first();
  if (await opt.count() && await opt.isVisible().catch(()=>false)) { await opt.tap().catch(()=>{}); await page.waitForTimeout(600); }
  await shot(`q${s}-picked`);
  if (!(await click('Periksa'))) {}
  await shot(`q${s}-after`);
  if (!(await click('Lanjut')) && !(await click('Berikutnya')) && !(await click('Soal berikutnya'))) { if (await page.getByText(/Selesai|selesai/).count()) break; }
}
await shot('end');
await browser.close(); server.kill();
