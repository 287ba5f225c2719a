export declare const TARGET_PHONE_INDEX: number;
export declare function cpuMultiplierFor(benchmarkIndex: number): number;
