import { useEffect, useMemo, useState } from 'preact/hooks';
import { checklistUi as t } from '../../i18n/id/checklist';
import {
	CHECKLIST_STORAGE_KEY,
	isStoredChecklist,
	type StoredChecklist,
} from '../../lib/checklist/stored';
import { summarizeChecklist, type ChecklistAnswer } from '../../lib/checklist/summarize';
import { formatDate } from '../../lib/format-date';
import { splitLinks } from '../../lib/inline-links';
import { createSafeStore } from '../../lib/storage/safe-store';
import type { ChecklistArea } from '../../schemas/checklist';
import './checklist.css';

const ANSWERS: ChecklistAnswer[] = ['sudah', 'belum', 'tidak-tahu'];

function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

function Linked({ text }: { text: string }) {
	return (
		<>
			{splitLinks(text).map((s, i) =>
				s.href ? (
					<a key={i} href={s.href}>
						{s.text}
					</a>
				) : (
					s.text
				)
			)}
		</>
	);
}

/**
 * The self-check: a school answers each statement, sees what to do next, and prints a report.
 * Nothing is stored unless the "remember" switch is on, and then only in this browser.
 */
export default function Checklist({ areas }: { areas: ChecklistArea[] }) {
	const store = useMemo(
		() =>
			createSafeStore<StoredChecklist>(
				typeof window === 'undefined' ? undefined : browserStorage(),
				CHECKLIST_STORAGE_KEY,
				isStoredChecklist
			),
		[]
	);
	const [answers, setAnswers] = useState<Record<string, ChecklistAnswer>>({});
	const [name, setName] = useState('');
	const [remember, setRemember] = useState(false);
	const [saveFailed, setSaveFailed] = useState(false);
	// The report's date is the day it is printed, not the day the site was built.
	const [today, setToday] = useState('');
	useEffect(() => setToday(formatDate(new Date())), []);

	// Restore only what the user chose to keep; corrupted data is ignored and the check starts fresh.
	useEffect(() => {
		const saved = store.read();
		if (saved) {
			setAnswers(saved.answers);
			setName(saved.name);
			setRemember(true);
		}
	}, [store]);

	useEffect(() => {
		if (!remember) return;
		setSaveFailed(!store.write({ version: 1, name, answers }));
	}, [remember, name, answers, store]);

	const summary = summarizeChecklist(areas, answers);
	const setAnswer = (id: string, answer: ChecklistAnswer) =>
		setAnswers({ ...answers, [id]: answer });

	return (
		<div class="checklist">
			<p class="checklist__report-title">
				{t['checklist.reportFor']({ name: name.trim(), date: today })}
			</p>
			<div class="checklist__name" data-print="hide">
				<label for="nama-lembaga">{t['checklist.name']}</label>
				<input
					id="nama-lembaga"
					type="text"
					value={name}
					onInput={(e) => setName(e.currentTarget.value)}
				/>
			</div>

			{areas.map((area) => (
				<section key={area.id} class="checklist__area" aria-labelledby={`bagian-${area.id}`}>
					<h2 id={`bagian-${area.id}`}>{area.title}</h2>
					<p>{area.description}</p>
					{area.items.map((item) => (
						<fieldset key={item.id} class="checklist__item">
							<legend>{item.text}</legend>
							<div class="checklist__answers">
								{ANSWERS.map((answer) => (
									<label key={answer}>
										<input
											type="radio"
											name={item.id}
											value={answer}
											checked={answers[item.id] === answer}
											onChange={() => setAnswer(item.id, answer)}
										/>
										{t[`checklist.answer.${answer}`]}
									</label>
								))}
							</div>
						</fieldset>
					))}
				</section>
			))}

			<section class="checklist__result" aria-labelledby="hasil">
				<h2 id="hasil">{t['checklist.result']}</h2>
				<div role="status">
					<p class="checklist__score">
						{t['checklist.score']({ done: summary.done, total: summary.total })}
					</p>
					<p>{t['checklist.answered']({ answered: summary.answered, total: summary.total })}</p>
				</div>
				<ul>
					{summary.areas.map((a) => (
						<li key={a.id}>
							{t['checklist.area']({ title: a.title, done: a.done, total: a.total })}
						</li>
					))}
				</ul>
				<p>{t[`checklist.level.${summary.level}`]}</p>
				<h3>{t['checklist.next']}</h3>
				{summary.nextSteps.length === 0 ? (
					<p>{t['checklist.none']}</p>
				) : (
					<ol class="checklist__steps">
						{summary.nextSteps.map((step) => (
							<li key={step.itemId}>
								<strong>{step.area}:</strong> {step.text}
								{step.answer && (
									<span class="checklist__given">
										{' '}
										({t['checklist.yourAnswer']({ answer: t[`checklist.answer.${step.answer}`] })})
									</span>
								)}
								<span class="checklist__action">
									<Linked text={step.action} />
								</span>
							</li>
						))}
					</ol>
				)}
			</section>

			<div class="checklist__controls" data-print="hide">
				<button class="button" type="button" onClick={() => window.print()}>
					{t['checklist.print']}
				</button>
				<label class="checklist__remember">
					<input
						type="checkbox"
						checked={remember}
						onChange={(e) => {
							const on = e.currentTarget.checked;
							setRemember(on);
							if (!on) store.clear();
						}}
					/>
					{t['checklist.remember']}
				</label>
				<p class="checklist__hint">
					{remember
						? saveFailed
							? t['checklist.notSaved']
							: t['checklist.remembered']
						: t['checklist.rememberHint']}
				</p>
				<button
					class="button button--quiet"
					type="button"
					onClick={() => {
						setAnswers({});
						setName('');
						store.clear();
						setRemember(false);
					}}
				>
					{t['checklist.clear']}
				</button>
			</div>
		</div>
	);
}
