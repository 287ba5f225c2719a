import type { ComponentType } from 'preact';
import type {
	Feedback,
	HandlerLookup,
	QuestionHandler,
	QuestionProgress,
	QuestionType,
	Question,
} from '../../lib/quiz/types';
import type { ViewProps } from './views/view-props';

/** What one question type brings when its chunk arrives: its view and its logic. */
export interface TypeModule {
	default: ComponentType<ViewProps<never>>;
	handler: QuestionHandler<Question, QuestionProgress>;
	/** Words that replace the author's feedback text (several-choice questions). */
	words?: (feedback: Feedback) => string;
}

/** Each question type is its own chunk, so a page downloads only the types its quiz uses. */
const LOADERS: Record<QuestionType, () => Promise<unknown>> = {
	pilihan: () => import('./views/pilihan'),
	'pilihan-ganda': () => import('./views/pilihan-ganda'),
	kelompokkan: () => import('./views/kelompokkan'),
	urutkan: () => import('./views/urutkan'),
	skenario: () => import('./views/skenario'),
	perasaan: () => import('./views/perasaan'),
	'lima-jari': () => import('./views/lima-jari'),
};

const loaded = new Map<QuestionType, TypeModule>();

/** The module of a question type, or undefined while it downloads. */
export const loadedType = (type: QuestionType) => loaded.get(type);

/** The handler of a question's type, once its chunk is in. */
export const loadedHandler: HandlerLookup = (question) => loaded.get(question.type)?.handler;

/** Downloads the chunks of these types; resolves once all are in. */
export function loadTypes(types: Iterable<QuestionType>): Promise<unknown> {
	return Promise.all(
		[...new Set(types)].map((type) =>
			loaded.has(type)
				? undefined
				: LOADERS[type]().then((m) => void loaded.set(type, m as TypeModule))
		)
	);
}
