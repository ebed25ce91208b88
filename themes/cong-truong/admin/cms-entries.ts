/**
 * The entries of a collection as the CMS itself sees them at save time: the
 * published files on the site's branch and, with the review workflow, every
 * draft (Nháp, Chờ duyệt, Sẵn sàng) on its cms/… branch. The save rule "one công
 * khai entry per item and năm học" checks these as well as the list generated at
 * the last build, so an entry created a minute ago is caught before any build.
 * Read through Decap's own store and backend (the same module instances the app
 * runs; nothing is forked), which cache what they already read.
 */
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { currentBackend } from 'decap-cms-core/dist/esm/backend.js';

export interface CmsEntry {
  slug: string;
  data: Record<string, unknown>;
}

interface DecapEntry {
  slug: string;
  collection?: string;
  data?: unknown;
}

function plain(value: unknown): Record<string, unknown> {
  const maybe = value as { toJS?: () => unknown } | undefined;
  const data = typeof maybe?.toJS === 'function' ? maybe.toJS() : value;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

export async function cmsEntries(collectionName: string): Promise<CmsEntry[]> {
  const state = store.getState();
  const config = state.config;
  const collection = state.collections.get(collectionName);
  if (!collection) return [];
  const backend = currentBackend(config);
  const published = (await backend.listAllEntries(collection)) as DecapEntry[];
  const drafts =
    config.publish_mode === 'editorial_workflow'
      ? ((await backend.unpublishedEntries(state.collections)).entries as DecapEntry[])
      : [];
  return [...published, ...drafts.filter((e) => e.collection === collectionName)].map((e) => ({
    slug: e.slug,
    data: plain(e.data),
  }));
}
