import * as z from 'zod/mini';
import { type Request, type ResponseOf, Responses } from './protocol';

type Send = (message: Request) => Promise<unknown>;

/**
 * Sends a request through `send` (e.g. `browser.runtime.sendMessage`) and validates the answer, so a
 * malformed or missing response becomes a Failure value rather than a crash.
 */
export async function request<T extends Request['type']>(
  send: Send,
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch (error) {
    return { ok: false, error: `No answer from the background: ${String(error)}` } as ResponseOf<T>;
  }
  const parsed = (Responses[message.type] as z.ZodMiniType).safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: `Invalid response: ${z.prettifyError(parsed.error)}` } as ResponseOf<T>;
  return parsed.data as ResponseOf<T>;
}
