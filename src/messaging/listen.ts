import { z } from 'zod';
import type { Handlers } from './handlers';
import { type Failure, Request } from './protocol';

type Respond = (response: unknown) => void;
interface MessageEvent {
  addListener(listener: (message: unknown, sender: unknown, sendResponse: Respond) => boolean | undefined): void;
}

/**
 * Answers validated requests with `handlers`; anything that is not a valid request gets a Failure
 * naming what was wrong. Uses `sendResponse` (not a returned promise), which every browser honours.
 */
export function listen(event: MessageEvent, handlers: Handlers): void {
  event.addListener((message, _sender, sendResponse) => {
    sendResponse(handle(message, handlers));
    return true;
  });
}

/** Validates one message and runs its handler. */
export function handle(message: unknown, handlers: Handlers): unknown {
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const failure: Failure = { ok: false, error: `Invalid request: ${z.prettifyError(parsed.error)}` };
    return failure;
  }
  const handler = handlers[parsed.data.type] as (request: Request) => unknown;
  return handler(parsed.data);
}
