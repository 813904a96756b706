/** Reports export progress: fraction 0..1 and a short stage name. */
export type ProgressFn = (fraction: number, stage: string) => void;
