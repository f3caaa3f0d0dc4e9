/**
 * Node flags of the scrape function. The Úřad práce file is streamed; capping the heap makes V8
 * collect as it goes, so that peak memory stays near what the stream needs (npm run bench measures
 * the same flags).
 */
export const SCRAPE_NODE_OPTIONS = '--max-old-space-size=128 --max-semi-space-size=4';
