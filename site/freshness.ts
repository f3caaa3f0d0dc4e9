import { api } from './api-client';
import { el } from './dom';
import { dateInWords } from './format';
import { strings } from './strings';

/** What GET /sources says of a source, as far as the site reads it (the OpenAPI document's SourcesResponse has it all). */
interface SourceHealth {
  kind: 'job' | 'rental';
  label: string;
  enabled: boolean;
  lastRuns: { finishedAt: string; outcome: string }[];
}

/**
 * Each source's freshness in words, newest run first as GET /sources lists them: "refreshed
 * 30 November 2026" after a complete run, "failing since …" when the latest runs did not complete
 * (dated from the oldest of those), "not read yet" without a run. Switched-off sources are left out.
 */
export function freshnessLines(sources: SourceHealth[], kind: 'job' | 'rental'): string[] {
  return sources
    .filter((source) => source.kind === kind && source.enabled)
    .map((source) => {
      const lastComplete = source.lastRuns.findIndex((run) => run.outcome === 'complete');
      if (source.lastRuns.length === 0) return strings.freshness.never(source.label);
      if (lastComplete === 0)
        return strings.freshness.refreshed(source.label, dateInWords(source.lastRuns[0]!.finishedAt)!);
      const failingFrom = source.lastRuns[(lastComplete === -1 ? source.lastRuns.length : lastComplete) - 1]!;
      return strings.freshness.failing(source.label, dateInWords(failingFrom.finishedAt)!);
    });
}

/** Fills `target` with the sources' freshness for a kind; says so when it cannot be loaded. */
export async function showFreshness(target: HTMLElement, kind: 'job' | 'rental'): Promise<void> {
  try {
    const { data, response } = await api.GET('/sources');
    if (!data) throw new Error(`sources answered ${response.status}`);
    const { sources } = data;
    target.replaceChildren(
      el('span', { class: 'label' }, `${strings.freshness.heading}: `),
      freshnessLines(sources, kind).join(' · '),
    );
  } catch {
    target.textContent = strings.freshness.unavailable;
  }
}
