export const EVASION_TARGET: number;
/** Per mutation kind: scams tried, scams kept at medium or above, ids of those that fell. */
export interface EvasionResult {
  tried: number;
  kept: number;
  fell: string[];
}
export function runEvasion(
  core: { scanText(text: string): { level: string } },
  rows: ReadonlyArray<{ id?: string; text: string; label?: string }>,
): Record<string, EvasionResult>;
export function printEvasion(results: Record<string, EvasionResult>, log?: (line: string) => void): boolean;
