/**
 * Every subscription lives in one partition, so that the daily digest reads them all with one Query
 * (no Scan of the listings, no index). One partition takes 1,000 writes a second: far above a daily
 * digest's pace for the region's subscribers. The functions' DeleteItem grant is limited to it.
 */
export const ALERTS_PARTITION = 'ALERTS';
