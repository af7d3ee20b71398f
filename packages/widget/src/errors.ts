/** Something went wrong that the host can fix; `code` names the kind, once per guard. */
export interface ReportedProblem {
  code: string;
  message: string;
}

/**
 * Catches what a public entry point throws so the host page keeps running.
 * Each kind of problem reaches the console once (prefixed, saying how to fix it)
 * and every occurrence reaches `onError`.
 */
export function createProblemReporter(onError: (problem: ReportedProblem) => void) {
  const told = new Set<string>();
  const report = (problem: ReportedProblem) => {
    if (!told.has(problem.code)) {
      told.add(problem.code);
      try {
        console.warn(`[RefundGuard] ${problem.message}`);
      } catch {
        // A page that replaced console.warn with something that throws still gets the event.
      }
    }
    try {
      onError(problem);
    } catch {
      // A failing error listener must not turn into an error for the page.
    }
  };
  /** Run `work`; on a throw, report it under `code` and return `fallback`. */
  const guarded = <T>(code: string, work: () => T, fallback: T): T => {
    try {
      return work();
    } catch (error) {
      report({
        code,
        message: `${code} failed: ${describeError(error)}; the page keeps working.`,
      });
      return fallback;
    }
  };
  return { report, guarded };
}

/** The reporter's shape, for code that receives one. */
export type ProblemReporter = ReturnType<typeof createProblemReporter>;

/** A thrown value as words for a console message; even an error whose message getter throws gets one. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}
