interface LessonFacts {
	minutes: number;
	grades: readonly number[];
}

/** The smallest and largest of some numbers, or undefined when there are none. */
export interface Span {
	min: number;
	max: number;
}

function span(values: readonly number[]): Span | undefined {
	if (values.length === 0) return undefined;
	return { min: Math.min(...values), max: Math.max(...values) };
}

/** What a track overview says about its lessons: how many, how long each, which grades. */
export function trackFacts(lessons: readonly LessonFacts[]): {
	count: number;
	minutes: Span | undefined;
	grades: Span | undefined;
} {
	return {
		count: lessons.length,
		minutes: span(lessons.map((l) => l.minutes)),
		grades: span(lessons.flatMap((l) => l.grades)),
	};
}
