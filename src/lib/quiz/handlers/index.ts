import type { HandlerLookup, QuestionType } from '../types';
import { feelings } from './feelings';
import { fiveFingers } from './five-fingers';
import { multiChoice } from './multi-choice';
import { orderSteps } from './order';
import { scenario } from './scenario';
import { singleChoice } from './single-choice';
import { sortCards } from './sort';

const HANDLERS: Record<QuestionType, unknown> = {
	pilihan: singleChoice,
	'pilihan-ganda': multiChoice,
	kelompokkan: sortCards,
	urutkan: orderSteps,
	skenario: scenario,
	perasaan: feelings,
	'lima-jari': fiveFingers,
};

/** Every type's logic at once, for tests and build-time code (the island loads them one by one). */
export const allHandlers: HandlerLookup = (question) =>
	HANDLERS[question.type] as ReturnType<HandlerLookup>;
