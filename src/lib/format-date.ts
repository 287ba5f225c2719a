const formatter = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** A date as Indonesian readers write it: "28 November 2026". */
export function formatDate(date: Date): string {
	return formatter.format(date);
}
