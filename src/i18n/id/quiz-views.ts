import { quizFeelUi } from './quiz-feel';
import { quizHandUi } from './quiz-hand';
import { quizMultiUi } from './quiz-multi';
import { quizOrderUi } from './quiz-order';
import { quizSortUi } from './quiz-sort';

/**
 * Texts of the quiz's question views, all together (part of the UI dictionary, `src/i18n/id.ts`),
 * for pages built on the server and for tests. Each view imports only its own module, so its texts
 * download with its code and no quiz downloads the texts of a type it does not use.
 */
export const quizViewUi = {
	...quizSortUi,
	...quizMultiUi,
	...quizOrderUi,
	...quizFeelUi,
	...quizHandUi,
} as const;
