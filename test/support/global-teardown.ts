import { removeTestDataRoot } from './test-data-root';

export default function globalTeardown(): void {
  removeTestDataRoot();
}
