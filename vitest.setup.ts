import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

// Quiet tests: console output a test did not ask for is a defect, so it fails the test. A test that
// expects output asserts on it and then clears it, e.g.
//   expect(console.warn).toHaveBeenCalledWith('…'); vi.mocked(console.warn).mockClear();
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

let spies: [name: string, spy: MockInstance][] = [];

beforeEach(() => {
  spies = METHODS.map((name) => [name, vi.spyOn(console, name).mockImplementation(() => {})]);
});

afterEach(() => {
  const output = spies.flatMap(([name, spy]) =>
    spy.mock.calls.map((args) => `console.${name}(${args.map((arg) => formatArg(arg)).join(', ')})`),
  );
  for (const [, spy] of spies) spy.mockRestore();
  spies = [];
  if (output.length > 0) throw new Error(`Unexpected console output during the test:\n  ${output.join('\n  ')}`);
});

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return JSON.stringify(arg);
  if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}
