/**
 * An indicator as the store keeps it: its names normalised (cleanText), so a department typed in NFD
 * is the same department, and the folded text searches run against.
 */
import type { Indicator } from '../core/indicators/schema';
import { fold } from '../core/text/fold';
import { cleanText } from '../core/text/normalize';

export function normalisedIndicator(i: Indicator): Indicator {
  return { ...i, name: cleanText(i.name), unit: cleanText(i.unit), group: cleanText(i.group), department: cleanText(i.department), aliases: i.aliases.map(cleanText) };
}

/** What a search matches: names, aliases, department, group and id, without diacritics. */
export function searchKey(i: Indicator): string {
  return fold([i.name, ...i.aliases, i.department, i.group, i.id].join(' | '));
}
