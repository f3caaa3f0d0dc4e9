// Reading Stryker's JSON report (mutation-testing-report-schema) of a run on changed lines.

/** A mutant no test detected, where a developer finds it. */
export interface UndetectedMutant {
  path: string;
  line: number;
  mutatorName: string;
  status: 'Survived' | 'NoCoverage';
  replacement: string;
}

export interface ReportSummary {
  mutants: number;
  /** Stryker's mutation score, 0–100: detected (killed, timeout) over valid (detected, survived, no coverage). */
  score: number;
  undetected: UndetectedMutant[];
}

interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number } };
}

/** The score as Stryker counts it (the same rule as test/mutation/run.mjs) and the mutants that survived. */
export function summariseReport(report: { files: Record<string, { mutants: ReportMutant[] }> }): ReportSummary {
  const mutants = Object.entries(report.files).flatMap(([path, file]) =>
    file.mutants.map((mutant) => ({ path, ...mutant })),
  );
  const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const undetected = mutants
    .filter(
      (m): m is typeof m & { status: UndetectedMutant['status'] } =>
        m.status === 'Survived' || m.status === 'NoCoverage',
    )
    .map((m) => ({
      path: m.path,
      line: m.location.start.line,
      mutatorName: m.mutatorName,
      status: m.status,
      replacement: m.replacement ?? '',
    }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  const valid = detected + undetected.length;
  return { mutants: mutants.length, score: valid === 0 ? 100 : (100 * detected) / valid, undetected };
}
