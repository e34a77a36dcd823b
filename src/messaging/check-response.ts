import * as z from 'zod/mini';
import { type Request, type ResponseOf, Responses } from './protocol';

/** `raw` as the answer to a `type` request once its schema accepts it, else a Failure saying why not. */
export function checkResponse<T extends Request['type']>(type: T, raw: unknown): ResponseOf<T> {
  const parsed = (Responses[type] as z.ZodMiniType).safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: `Invalid response: ${z.prettifyError(parsed.error)}` } as ResponseOf<T>;
  return parsed.data as ResponseOf<T>;
}
