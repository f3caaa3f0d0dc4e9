import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { listingStoreContract } from '../../support/listing-store-contract';

describe('MemoryListingStore', () => {
  listingStoreContract(async () => ({ store: new MemoryListingStore(3_600_000), touchIntervalMs: 3_600_000 }));
});
