import { statSync } from "node:fs";

/*
 * What the io modules share about asking the file system: how long an answer is trusted, the
 * shape an answer is kept in, and the one-stat file test.
 */

/**
 * How long what the file system said is trusted. A lint run's files ask about the same modules
 * and configs again and again; an editor's long-running ESLint sees an edit within this time.
 */
export const RECHECK_AFTER_MS = 10_000;

/** An answer of the file system and when it was given. */
export interface Checked<T> {
  readonly checkedAt: number;
  readonly value: T;
}

/** Whether `path` is a file (following symbolic links), with one `stat`. */
export function isFileOnDisk(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

/** A JSON object: not an array, not null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
