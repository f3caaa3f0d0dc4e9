/**
 * The monthly character budget of machine translation (issue 19): characters sent to the service are
 * counted per calendar month (UTC) in the store, and a text that would pass the month's limit is
 * refused before it is sent, so the bill cannot run past the budget.
 */
export interface TranslationBudget {
  /**
   * Counts `characters` against `month` ("YYYY-MM") if the month's total stays within `limit`;
   * answers false, counting nothing, if it would not. Safe against concurrent runs.
   */
  reserve(month: string, characters: number, limit: number): Promise<boolean>;
  /** Characters counted in `month` so far. */
  used(month: string): Promise<number>;
}

/** The month a budget counts in: "YYYY-MM" of `now` in UTC. */
export const budgetMonth = (now: Date) => now.toISOString().slice(0, 7);

/** The in-memory budget for tests and local runs. */
export class MemoryTranslationBudget implements TranslationBudget {
  private readonly months = new Map<string, number>();

  async reserve(month: string, characters: number, limit: number): Promise<boolean> {
    const used = this.months.get(month) ?? 0;
    if (used + characters > limit) return false;
    this.months.set(month, used + characters);
    return true;
  }

  async used(month: string): Promise<number> {
    return this.months.get(month) ?? 0;
  }
}
