import type { z } from 'zod';

/** Thrown when a data file or a built fact base does not match its schema. */
export class DataError extends Error {
  override name = 'DataError';
}

/**
 * Parses `data` with `schema`, or throws a DataError whose lines name the file, the record (by its
 * index and id where it has one) and the field: `data/entities.json: entities[3] "alipay" → aliases[0].text: …`.
 */
export function parseData<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues
    .slice(0, 20)
    .map((issue) => `${file}: ${describePath(data, issue.path)}: ${issue.message}`);
  const more = result.error.issues.length > 20 ? `\n… and ${result.error.issues.length - 20} more` : '';
  throw new DataError(`${lines.join('\n')}${more}`);
}

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let node: unknown = data;
  let out = '';
  path.forEach((key, i) => {
    out += typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof key === 'number' && typeof id === 'string' && i < path.length - 1) out += ` "${id}" →`;
  });
  return out.replace(/→\./g, '→ ');
}
