import { quizUi as t } from '../../i18n/id/quiz';

/** A drawn speaker (or a stop square while reading): visible even where emoji fonts are missing. */
function SpeakerIcon({ isReading }: { isReading: boolean }) {
	return (
		<svg class="quiz-speak__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
			{isReading ? (
				<rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
			) : (
				<>
					<path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
					<path
						d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
						fill="none"
						stroke="currentColor"
						stroke-width="2"
						stroke-linecap="round"
					/>
				</>
			)}
		</svg>
	);
}

/**
 * "Dengarkan": reads a part of the quiz aloud. The quiz shows it only when the device has an
 * Indonesian voice or recordings, so Indonesian is never read in an English voice.
 */
export function SpeakButton({ isReading, onClick }: { isReading: boolean; onClick: () => void }) {
	return (
		<button type="button" class="quiz-speak" aria-pressed={isReading} onClick={onClick}>
			<SpeakerIcon isReading={isReading} /> {isReading ? t['quiz.stop'] : t['quiz.listen']}
		</button>
	);
}

/** A small speaker beside one answer, card or step: reads just that line aloud. */
export function SayButton({
	text,
	isReading,
	onClick,
}: {
	text: string;
	isReading: boolean;
	onClick: () => void;
}) {
	return (
		<button
			type="button"
			class="quiz-say"
			aria-pressed={isReading}
			aria-label={t['quiz.listenTo']({ text })}
			onClick={onClick}
		>
			<SpeakerIcon isReading={isReading} />
		</button>
	);
}
