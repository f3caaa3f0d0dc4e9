/** Memory of every API function, MB (Lambda gives CPU in proportion: 1,769 MB is one vCPU). */
export const API_MEMORY_MB = 512;

/**
 * The heap flags the Lambda Node.js runtime starts node with for a memory size, as its bootstrap
 * computes them (new space a tenth of the memory, old space the rest), so that the bench can run a
 * container's work under the same limits.
 */
export function lambdaHeapFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return [`--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

/** The share of one vCPU Lambda gives a function of this memory size. */
export const lambdaCpuShare = (memoryMb: number) => Math.min(1, memoryMb / 1769);
