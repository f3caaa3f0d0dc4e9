// Runs dynalite in its own plain-Node process. The local service runs under
// `tsx --conditions=import` (for ESM-only middy), and that flag makes dynalite's
// require('big.js') load big.js's ESM build, which breaks every decimal number.
// Usage: node dynalite-process.cjs [dataDir]; prints {"port":N} once listening.
const dynalite = require('dynalite');

const server = dynalite({ path: process.argv[2] || undefined, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
// Idle connections outlive the client's (see keepIdleConnections in embedded-dynamo.ts).
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;
server.listen(Number(process.env.DYNALITE_PORT || 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Never outlive the service that started it.
process.on('disconnect', stop);
