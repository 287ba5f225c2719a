/*
 * Lighthouse slows the CPU relative to the machine it runs on; its 4× default moves a high-end desktop
 * (benchmark index 1,500–2,000) into the mid-tier mobile range, and its throttling guide asks to
 * calibrate on other machines. The phone simulated here is that one: the middle of the desktop range
 * divided by 4. A machine half as fast gets 2×, one twice as fast 8× (the most), never less than 1×.
 */
export const TARGET_PHONE_INDEX = 1750 / 4;

/** The CPU slowdown (one decimal) that makes a machine of `benchmarkIndex` simulate that phone. */
export function cpuMultiplierFor(benchmarkIndex) {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return 4;
	const exact = benchmarkIndex / TARGET_PHONE_INDEX;
	return Math.min(8, Math.max(1, Math.round(exact * 10) / 10));
}
