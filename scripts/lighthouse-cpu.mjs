/*
 * Lighthouse slows the CPU relative to the machine it runs on; its 4× default moves a high-end desktop
 * (benchmark index 1,500–2,000) into the mid-tier mobile range, and its throttling guide asks to
 * calibrate on other machines. The phone simulated here is that one: the middle of the desktop range
 * divided by 4. A machine half as fast gets 2×, never less than 1×; a faster one keeps the default 4×
 * (the bar is never stricter than Lighthouse's own default).
 */
export const TARGET_PHONE_INDEX = 1750 / 4;

/** The CPU slowdown (one decimal) that makes a machine of `benchmarkIndex` simulate that phone. */
export function cpuMultiplierFor(benchmarkIndex) {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return 4;
	const exact = benchmarkIndex / TARGET_PHONE_INDEX;
	return Math.min(4, Math.max(1, Math.round(exact * 10) / 10));
}
