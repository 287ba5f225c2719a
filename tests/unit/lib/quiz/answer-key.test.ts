import { describe, expect, it } from 'vitest';
import { readableQuestion } from '../../../../src/lib/quiz/answer-key';
import { arrangeQuestion, fixedSeed } from '../../../../src/lib/quiz/arrange';
import { shuffledSteps } from '../../../../src/lib/quiz/shuffled-steps';
import {
	makeChoiceQuestion,
	makeFeelingsQuestion,
	makeFiveFingersQuestion,
	makeMultiChoiceQuestion,
	makeOrderQuestion,
	makeScenarioQuestion,
	makeSortQuestion,
} from '../../../helpers/quiz-builders';

const FINGERS = ['Jempol', 'Telunjuk', 'Jari tengah', 'Jari manis', 'Kelingking'];
const words = {
	feeling: (id: string) => `Rasa ${id}`,
	fingers: FINGERS,
	alsoGroup: (label: string) => `juga: ${label}`,
};
const SEED = fixedSeed('uji');

describe('readableQuestion', () => {
	it('pilihan: lists every choice in the order shown and keys the safe one with its reason', () => {
		const q = makeChoiceQuestion('q', ['a', 'b', 'c'], 'b');
		const readable = readableQuestion(q, words, SEED);
		expect(readable.items).toEqual(arrangeQuestion(q, SEED).choices.map((c) => c.text));
		expect(readable.items).not.toEqual(['Pilihan a', 'Pilihan b', 'Pilihan c']);
		expect(readable.key).toEqual([{ answer: 'Pilihan b', reason: 'Alasan b.' }]);
	});

	it('pilihan-ganda: keys every safe choice, in the order shown', () => {
		const q = makeMultiChoiceQuestion('m', ['a', 'b', 'c', 'd'], ['d', 'a']);
		const readable = readableQuestion(q, words, SEED);
		const shown = arrangeQuestion(q, SEED).choices;
		expect(readable.items).toEqual(shown.map((c) => c.text));
		expect(readable.key).toEqual(
			shown.filter((c) => c.correct).map((c) => ({ answer: c.text, reason: c.feedback }))
		);
		expect(readable.key.map((k) => k.answer).sort()).toEqual(['Pilihan a', 'Pilihan d']);
	});

	it('kelompokkan: keys each card with the label of its group', () => {
		const q = makeSortQuestion('s', { tos: 'boleh', rahasia: 'tidak-boleh' });
		expect(readableQuestion(q, words, SEED)).toEqual({
			story: [],
			items: ['Kartu rahasia', 'Kartu tos'],
			key: [
				{ answer: 'Kartu rahasia: Tidak boleh', reason: 'Karena rahasia.' },
				{ answer: 'Kartu tos: Boleh', reason: 'Karena tos.' },
			],
		});
	});

	it('kelompokkan: a card with a second right group names it in its key', () => {
		const q = makeSortQuestion('s', { tos: 'boleh', ragu: 'boleh' });
		q.cards[1]!.alsoGroup = 'tidak-boleh';
		expect(readableQuestion(q, words, SEED).key).toEqual([
			{ answer: 'Kartu ragu: Boleh (juga: Tidak boleh)', reason: 'Karena ragu.' },
			{ answer: 'Kartu tos: Boleh', reason: 'Karena tos.' },
		]);
	});

	it('urutkan: shows the steps shuffled as on screen, and keys them numbered in order', () => {
		const q = makeOrderQuestion('u', ['tolak', 'pergi', 'cerita']);
		const readable = readableQuestion(q, words, SEED);
		const inOrder = ['Langkah tolak', 'Langkah pergi', 'Langkah cerita'];
		expect(readable.items).not.toEqual(inOrder);
		expect([...readable.items].sort()).toEqual([...inOrder].sort());
		expect(readable.items).toEqual(shuffledSteps(q, SEED).map((s) => s.text));
		expect(readable.key).toEqual([
			{ answer: '1. Langkah tolak', reason: 'Alasan langkah tolak.' },
			{ answer: '2. Langkah pergi', reason: 'Alasan langkah pergi.' },
			{ answer: '3. Langkah cerita', reason: 'Alasan langkah cerita.' },
		]);
	});

	it('skenario: tells the story along the safe path to the ending, keying each safe choice', () => {
		const q = makeScenarioQuestion('sk', {
			mulai: { ikut: null, tolak: 'pergi' },
			lain: { terus: 'aman' },
			pergi: { diam: null, cerita: 'aman', 'cerita-teman': 'lain' },
			aman: {},
		});
		expect(readableQuestion(q, words, SEED)).toEqual({
			story: ['Adegan mulai.', 'Adegan pergi.', 'Adegan aman.'],
			items: [],
			key: [
				{ answer: 'Pilihan tolak', reason: 'Alasan tolak.' },
				{ answer: 'Pilihan cerita', reason: 'Alasan cerita.' },
			],
		});
	});

	it('skenario: stops instead of going round a loop', () => {
		const q = makeScenarioQuestion('loop', {
			mulai: { terus: 'tengah' },
			tengah: { ulang: 'mulai' },
			akhir: {},
		});
		const readable = readableQuestion(q, words, SEED);
		expect(readable.story).toEqual(['Adegan mulai.', 'Adegan tengah.']);
		expect(readable.key.map((k) => k.answer)).toEqual(['Pilihan terus', 'Pilihan ulang']);
	});

	it('perasaan: names every feeling and gives each its words', () => {
		const q = makeFeelingsQuestion('p', ['takut', 'senang']);
		expect(readableQuestion(q, words, SEED)).toEqual({
			story: [],
			items: ['Rasa takut', 'Rasa senang'],
			key: [
				{ answer: 'Rasa takut', reason: 'Kata untuk takut.' },
				{ answer: 'Rasa senang', reason: 'Kata untuk senang.' },
			],
		});
	});

	it('lima-jari: shows the fingers and keys the hint with the closing words', () => {
		const q = makeFiveFingersQuestion('lj');
		expect(readableQuestion(q, words, SEED)).toEqual({
			story: [],
			items: FINGERS,
			key: [{ answer: q.hint, reason: q.feedback }],
		});
		expect(readableQuestion(q, words, SEED).items).not.toBe(FINGERS);
	});
});
