/** "A", "B", "C", …: how a sheet names groups and choices so a child can write or circle one. */
export function letter(index: number): string {
	return String.fromCharCode(65 + index);
}
