export { scenario as handler } from '../../../lib/quiz/handlers/scenario';
import { currentScene } from '../../../lib/quiz/handlers/scenario';
import { Pic, PicText } from '../Pic';
import type { ViewProps } from './view-props';

/** A branching story: the scene, then its choices; unsafe choices stay marked softly. */
export default function ScenarioView({
	question,
	progress,
	disabled,
	speaker,
	dispatch,
}: ViewProps<'skenario'>) {
	const scene = currentScene(question, progress);
	const tried = progress.lastChoice?.scene === scene.id ? progress.lastChoice.choice : undefined;
	return (
		<div class="quiz-scene" key={scene.id}>
			<div class="quiz-scene__text">
				<Pic name={scene.picture} size="l" />
				<p data-speak data-audio={scene.audio} data-scene-text tabIndex={-1}>
					{scene.text}
				</p>
				{speaker({ text: scene.text, audio: scene.audio })}
			</div>
			{scene.choices && (
				<ul class="quiz-choices">
					{scene.choices.map((choice) => (
						<li key={choice.id} class="quiz-line">
							<button
								type="button"
								class={`quiz-choice quiz-choice--${tried === choice.id ? 'tried' : 'open'}`}
								disabled={disabled}
								onClick={() => dispatch({ type: 'choose', choiceId: choice.id })}
							>
								<PicText item={choice} />
							</button>
							{speaker(choice)}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
