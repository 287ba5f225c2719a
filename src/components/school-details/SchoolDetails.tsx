import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	cleanSchoolDetails,
	EMPTY_SCHOOL,
	isSchoolDetails,
	SCHOOL_FIELDS,
	SCHOOL_STORAGE_KEY,
	type SchoolDetails as Details,
	type SchoolField,
} from '../../lib/school-details';
import { createSafeStore } from '../../lib/storage/safe-store';

function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Writes the details into every blank on the page (`data-sekolah`); an empty field stays a blank. */
function fillPage(details: Details) {
	for (const el of document.querySelectorAll<HTMLElement>('[data-sekolah]')) {
		const field = el.dataset.sekolah as SchoolField;
		el.textContent = details[field] ?? '';
	}
}

/**
 * "Sesuaikan untuk sekolah Anda": the school's name, class, teacher, contact, the person who receives
 * reports and the local UPTD PPA number, filled into the page's blanks. Kept in this browser only when
 * the teacher saves; missing, full or corrupted storage simply leaves the blanks.
 */
/** The form's words, passed in by the page so the island does not carry the whole string table. */
export type SchoolDetailsText = Record<
	| 'title'
	| 'intro'
	| 'save'
	| 'clear'
	| 'saved'
	| 'notSaved'
	| 'cleared'
	| 'reporterHint'
	| `fill.${SchoolField}`,
	string
>;

export default function SchoolDetails({ t }: { t: SchoolDetailsText }) {
	const store = useMemo(
		() =>
			createSafeStore<Details>(
				typeof window === 'undefined' ? undefined : browserStorage(),
				SCHOOL_STORAGE_KEY,
				isSchoolDetails
			),
		[]
	);
	const [details, setDetails] = useState<Details>(EMPTY_SCHOOL);
	const [status, setStatus] = useState('');
	/* Until the island runs, the fields are disabled: words typed into the server's form before it
	   starts would be lost, and a save would write blanks. */
	const [ready, setReady] = useState(false);

	useEffect(() => {
		setReady(true);
		const saved = store.read();
		if (saved) setDetails(saved);
	}, [store]);
	useEffect(() => fillPage(details), [details]);

	const set = (field: SchoolField, value: string) =>
		setDetails(cleanSchoolDetails({ ...details, [field]: value }));

	return (
		<details class="school-details" data-print="hide">
			<summary>{t['title']}</summary>
			<p>{t['intro']}</p>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					setStatus(store.write(details) ? t['saved'] : t['notSaved']);
				}}
			>
				{SCHOOL_FIELDS.map((field) => (
					<p key={field}>
						<label for={`sekolah-${field}`}>{t[`fill.${field}`]}</label>
						<input
							id={`sekolah-${field}`}
							name={field}
							type={field === 'kontak' || field === 'uptdPpa' ? 'tel' : 'text'}
							autocomplete="off"
							maxLength={120}
							disabled={!ready}
							value={details[field]}
							onInput={(e) => set(field, (e.target as HTMLInputElement).value)}
							aria-describedby={field === 'penerimaLaporan' ? 'sekolah-penerima-hint' : undefined}
						/>
						{field === 'penerimaLaporan' && (
							<small id="sekolah-penerima-hint">{t['reporterHint']}</small>
						)}
					</p>
				))}
				<p class="school-details__actions">
					<button type="submit" disabled={!ready}>
						{t['save']}
					</button>
					<button
						type="button"
						disabled={!ready}
						onClick={() => {
							store.clear();
							setDetails(EMPTY_SCHOOL);
							setStatus(t['cleared']);
						}}
					>
						{t['clear']}
					</button>
				</p>
				<p role="status">{status}</p>
			</form>
		</details>
	);
}
