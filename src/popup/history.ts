import { storage } from 'wxt/utils/storage';

/** How many past questions the popup keeps. */
export const HISTORY_SIZE = 20;

/** The last questions asked, newest first. */
export const history = storage.defineItem<string[]>('local:history', { fallback: [] });

/** Puts a question first in the history (once), keeping the newest twenty. */
export function remember(past: readonly string[], question: string): string[] {
  const q = question.trim();
  return [q, ...past.filter((p) => p.toLowerCase() !== q.toLowerCase())].slice(0, HISTORY_SIZE);
}
