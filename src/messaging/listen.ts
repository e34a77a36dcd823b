import * as z from 'zod/mini';
import type { Handlers, Sender } from './handlers';
import { type Failure, Request } from './protocol';

type Respond = (response: unknown) => void;
interface MessageEvent {
  addListener(listener: (message: unknown, sender: Sender, sendResponse: Respond) => boolean | undefined): void;
}

/**
 * Answers validated requests with `handlers`; anything that is not a valid request gets a Failure
 * naming what was wrong. Uses `sendResponse` (not a returned promise), which every browser honours.
 */
export function listen(event: MessageEvent, handlers: Handlers): void {
  event.addListener((message, sender, sendResponse) => {
    void handle(message, handlers, sender).then(sendResponse);
    return true;
  });
}

/** Validates one message and runs its handler. */
export async function handle(message: unknown, handlers: Handlers, sender: Sender = {}): Promise<unknown> {
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const failure: Failure = { ok: false, error: `Invalid request: ${z.prettifyError(parsed.error)}` };
    return failure;
  }
  const handler = handlers[parsed.data.type] as (request: Request, sender: Sender) => unknown;
  return await handler(parsed.data, sender);
}
