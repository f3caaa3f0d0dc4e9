/**
 * How tests start the project's TypeScript entry points as child processes, as package.json's scripts
 * do: Node with tsx's CommonJS hook, and the "import" condition for ESM-only packages (@middy/core).
 * Not the tsx command: on Node 22 its ESM hook turns JSON files that CommonJS packages require into
 * modules, which Node then fails to parse.
 */
export const TS_NODE_ARGS = ['--conditions=import', '--require', require.resolve('tsx/cjs')];
