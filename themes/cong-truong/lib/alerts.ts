/** Thông báo khẩn in force on a given day (the build date for a static site), newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isWithin } from './dates.ts';

export async function activeAlerts(today: string): Promise<CollectionEntry<'alerts'>[]> {
  return (await getCollection('alerts'))
    .filter((a) => isWithin(today, a.data.start, a.data.end))
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
}
