export interface TempSite {
	dir: string;
	run(args: string[], options?: { timeout?: number }): Promise<{ code: number; output: string }>;
	remove(): void;
}
export function makeTempSite(prefix?: string): TempSite;
