/** Told how many rows of a batch are written so far, after each statement (an import shows it). */
export type WriteProgress = (written: number) => Promise<void>;
