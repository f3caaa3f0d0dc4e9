import { createTestDataRoot } from '../../support/test-data-root';
import { clearFigures } from './figures';

export default function globalSetup(): void {
  createTestDataRoot();
  clearFigures();
}
