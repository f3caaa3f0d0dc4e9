/**
 * A function's result kept for `ttlMs` and shared: callers within the time get the kept value, and
 * callers arriving while it is being computed wait for that one computation instead of starting their
 * own. A failure is not kept.
 */
export function cachedFor<T>(ttlMs: number, compute: () => Promise<T>, now: () => number = Date.now): () => Promise<T> {
  let kept: { value: T; at: number } | undefined;
  let inFlight: Promise<T> | undefined;
  return () => {
    if (kept && now() - kept.at < ttlMs) return Promise.resolve(kept.value);
    inFlight ??= compute()
      .then((value) => {
        kept = { value, at: now() };
        return value;
      })
      .finally(() => (inFlight = undefined));
    return inFlight;
  };
}
