// @vitest-environment happy-dom
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import QuizAnswerKey from '../../../src/components/quiz-paper/QuizAnswerKey.astro';
import QuizPaper from '../../../src/components/quiz-paper/QuizPaper.astro';
import { ui } from '../../../src/i18n/id';
import { paperSteps } from '../../../src/lib/quiz-paper/paper-steps';
import { fixedSeed } from '../../../src/lib/quiz/arrange';
import { QuizSchema, type Quiz } from '../../../src/schemas/quiz';
import { readContentFiles } from '../../helpers/content-files';

/* The closing card reads the featured helpline from the content layer, which the container lacks. */
vi.mock('../../../src/queries/helplines', () => ({
	getFeaturedHelpline: async () => ({
		data: { name: 'SAPA 129', channels: [{ type: 'telepon', value: '129' }] },
	}),
}));

const fixture = QuizSchema.parse(
	load(readFileSync('tests/fixtures/quiz-paper/semua-jenis.yaml', 'utf8'))
);

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

async function render(component: typeof QuizPaper, quiz: Quiz): Promise<Document> {
	const html = await container.renderToString(component, { props: { quiz, id: 'uji' } });
	return new DOMParser().parseFromString(html, 'text/html');
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const question = (doc: Document, id: string) =>
	doc.querySelector(`[aria-labelledby="uji-${id}-soal"]`)!;

describe('QuizPaper: every question type on paper', () => {
	let doc: Document;
	beforeAll(async () => {
		doc = await render(QuizPaper, fixture);
	});

	it('prints every question with its prompt, in order, and the closing card', () => {
		const prompts = [...doc.querySelectorAll('.paper-q h3')].map(text);
		expect(prompts).toEqual(fixture.questions.map((q, i) => `${i + 1}. ${q.prompt}`));
		expect(text(doc.querySelector('.paper__closing'))).toContain('SAPA 129');
	});

	it('pilihan and pilihan-ganda: an empty box to tick beside every choice, pictures included', () => {
		for (const id of ['milik-siapa', 'rahasia-mana']) {
			const q = fixture.questions.find((x) => x.id === id)!;
			const items = question(doc, id).querySelectorAll('.paper-item');
			expect(items).toHaveLength(
				q.type === 'pilihan' || q.type === 'pilihan-ganda' ? q.choices.length : 0
			);
			for (const item of items) expect(text(item.querySelector('.paper-box'))).toBe('');
		}
		expect(question(doc, 'milik-siapa').querySelectorAll('svg.picture')).toHaveLength(3);
		expect(text(question(doc, 'rahasia-mana'))).toContain('semua jawaban yang tepat');
	});

	it('kelompokkan: every card with a box, and the groups lettered A and B', () => {
		const q = question(doc, 'boleh-tidak');
		expect(q.querySelectorAll('.paper-item--card .paper-box')).toHaveLength(3);
		expect([...q.querySelectorAll('.paper-group')].map(text)).toEqual(['A Boleh', 'B Tidak boleh']);
	});

	it('urutkan: the steps shuffled, each with an empty numbered box', () => {
		const q = question(doc, 'langkah-aman');
		const printed = [...q.querySelectorAll('.paper-item')].map(text);
		expect(printed).not.toEqual([
			'Bilang “tidak” dengan suara keras',
			'Pergi dari tempat itu',
			'Cerita kepada orang dewasa yang kamu percaya',
		]);
		expect(printed).toHaveLength(3);
		expect(text(q)).toContain('Tulis nomor 1 sampai 3');
	});

	it('skenario: the story along the safe path, choices to circle, and the ending', () => {
		const scenes = [...question(doc, 'hadiah-om').querySelectorAll('.paper-scene')];
		expect(scenes.map((s) => text(s.querySelector('.paper-scene__label')))).toEqual([
			'Bagian 1',
			'Bagian 2',
			'Akhir cerita',
		]);
		expect(scenes[0]!.querySelectorAll('.paper-box--round')).toHaveLength(2);
		expect(text(scenes[2])).toContain('bukan salah Dimas');
	});

	it('perasaan: faces to circle, and every feeling is allowed', () => {
		const q = question(doc, 'perasaan-hadiah');
		expect([...q.querySelectorAll('.paper-face')].map(text)).toEqual([
			'Bingung',
			'Takut',
			'Senang',
		]);
		expect(q.querySelectorAll('.paper-face svg.picture')).toHaveLength(3);
		expect(text(q)).toContain('Semua perasaan boleh');
	});

	it('lima-jari: a drawn hand with five numbered fingers and five lines for names', () => {
		const q = question(doc, 'lima-jari');
		expect(q.querySelector('svg.paper-hand__drawing')?.getAttribute('role')).toBe('img');
		expect([...q.querySelectorAll('.paper-hand__numbers text')].map(text)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
		]);
		expect(q.querySelectorAll('.paper-hand__line')).toHaveLength(5);
		expect(text(q)).toContain('minimal satu orang di luar rumah');
	});

	it('keeps short questions whole across pages, lets a story break between scenes', () => {
		const whole = [...doc.querySelectorAll('.paper-q')].map((q) =>
			q.classList.contains('paper-q--whole')
		);
		expect(whole).toEqual([true, true, true, true, false, true, true]);
	});
});

describe('QuizAnswerKey: the teacher sheet', () => {
	let doc: Document;
	beforeAll(async () => {
		doc = await render(QuizAnswerKey, fixture);
	});
	const entry = (i: number) => doc.querySelectorAll('.paper-key__q')[i]!;

	it('ticks the right choices and gives the reason for every choice', () => {
		const single = entry(0);
		expect(single.querySelectorAll('.paper-box svg')).toHaveLength(1);
		expect(text(single)).toContain('Milikku sendiri (Jawaban tepat)');
		expect(text(single)).toContain('Tubuhmu milikmu sendiri, juga di depan orang dewasa.');
		const multi = entry(1);
		expect(multi.querySelectorAll('.paper-box svg')).toHaveLength(2);
		expect(text(multi)).toContain('(Dicentang)');
	});

	it('gives each card its group letter in the order of the sheet', async () => {
		const paper = await render(QuizPaper, fixture);
		const sheet = [...question(paper, 'boleh-tidak').querySelectorAll('.paper-item__text')].map(
			text
		);
		const key = [...entry(2).querySelectorAll('.paper-key__answer strong')].map(text);
		expect(key).toEqual(sheet);
		expect(text(entry(2))).toContain('Orang menyentuh bagian pribadimu: B, Tidak boleh');
	});

	it('fills the order boxes as the sheet prints them, then lists the right order', () => {
		const q = fixture.questions.find((x) => x.type === 'urutkan')!;
		const printed = q.type === 'urutkan' ? paperSteps(q, fixedSeed('uji')) : [];
		const boxes = [...entry(3).querySelectorAll('.paper-key__compact .paper-box')].map(text);
		expect(boxes).toEqual(printed.map((s) => String(s.position)));
		expect(text(entry(3))).toContain('Lalu pergi ke tempat yang aman.');
	});

	it('marks the safe choice at every scene, with reasons, and tells the ending', () => {
		const story = text(entry(4));
		expect(story).toContain('Dimas cerita kepada Ibu (Pilihan aman, dilingkari)');
		expect(story).toContain('Dimas menyimpan rahasia itu (Tidak dilingkari)');
		expect(story).toContain('Akhir cerita');
	});

	it('says there is no wrong feeling and no wrong name', () => {
		expect(text(entry(5))).toContain('Tidak ada jawaban yang salah');
		expect(text(entry(5))).toContain('Wajar merasa takut.');
		expect(text(entry(6))).toContain('jangan dibacakan di depan kelas');
	});

	it('never calls a child\'s answer "salah" in its own words (content aside)', () => {
		const own = Object.entries(ui)
			.filter(([key]) => key.startsWith('paper.') || key.startsWith('key.'))
			.map(([, value]) =>
				typeof value === 'function' ? value({ n: 1, count: 3, quiz: 'K' } as never) : value
			);
		const offenders = own.filter((t) =>
			/\bsalah\b/i.test(String(t).replace(/tidak ada jawaban yang salah/i, ''))
		);
		expect(offenders).toEqual([]);
	});
});

describe('every quiz in content/ prints', () => {
	it.each(readContentFiles('quizzes', '.yaml'))('%s', async (_file, source) => {
		const quiz = QuizSchema.parse(load(source));
		const paper = await render(QuizPaper, quiz);
		const key = await render(QuizAnswerKey, quiz);
		expect(paper.querySelectorAll('.paper-q')).toHaveLength(quiz.questions.length);
		expect(key.querySelectorAll('.paper-key__q')).toHaveLength(quiz.questions.length);
	});
});
