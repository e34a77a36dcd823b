import { assertPrerequisites } from './helpers/prerequisites';

/** Stops the run before any test starts when the build or the browser is missing. */
export default function globalSetup(): void {
  assertPrerequisites();
}
