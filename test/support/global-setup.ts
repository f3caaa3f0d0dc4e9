import { createTestDataRoot } from './test-data-root';

export default function globalSetup(): void {
  createTestDataRoot();
}
