import { quizUi as t } from '../../i18n/id/quiz';

/**
 * "Dengarkan": reads a part of the quiz aloud. The quiz shows it only when the device has an
 * Indonesian voice or recordings, so Indonesian is never read in an English voice.
 */
export function SpeakButton({ isReading, onClick }: { isReading: boolean; onClick: () => void }) {
	return (
		<button type="button" class="quiz-speak" aria-pressed={isReading} onClick={onClick}>
			<span aria-hidden="true">{isReading ? '■' : '🔊'}</span>{' '}
			{isReading ? t['quiz.stop'] : t['quiz.listen']}
		</button>
	);
}
