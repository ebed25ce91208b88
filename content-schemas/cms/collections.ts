/**
 * Decap collections from the registry: one folder collection per content
 * collection (`sites/<id>/content/<folder>/*.md`) and a files collection
 * "Cài đặt cổng" editing `sites/<id>/site.yaml`.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionDef, type CollectionName } from '../index.ts';
import { siteSchema } from '../site.ts';
import { MARKDOWN_OPTIONS, toCmsField } from './fields.ts';
import { fieldInfo, shapeOf, type AnyZod } from './zod-info.ts';
import type { CmsCollection, CmsField } from './types.ts';
import { AUDIENCE_FIELD, audienceField, type AudienceChoices } from './audience.ts';

/** The CMS never sees Astro's `image()`; a string path stands in for it. */
const imageStandIn = () => z.string();

/**
 * Images live in `sites/<id>/media/` and are written into frontmatter relative
 * to the entry (`../../media/x.jpg`), so astro:assets finds and optimises them.
 * The media folder is given from the repository root (a leading `/`), so the
 * media library lists the school's images even for an entry not yet saved (a
 * relative media_folder is resolved against the entry's path, which a new entry
 * lacks); the public folder stays relative to the entry file.
 */
export function entryMediaFolders(sitePath: string) {
  return { media_folder: `/${sitePath}/media`, public_folder: '../../media' };
}

export const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  required: false,
  hint: 'Tiêu đề nhỏ trong bài dùng cỡ 2 và 3. Ảnh chèn vào bài cũng cần mô tả.',
  ...MARKDOWN_OPTIONS,
  modes: [...MARKDOWN_OPTIONS.modes],
  buttons: [...MARKDOWN_OPTIONS.buttons],
  editor_components: [...MARKDOWN_OPTIONS.editor_components],
};

function isDateField(schema: AnyZod): boolean {
  return fieldInfo(schema).meta.widget === 'date';
}

function identifierOf(shape: [string, AnyZod][]): string {
  if (shape.some(([name]) => name === 'title')) return 'title';
  const flagged = shape.find(([, s]) => fieldInfo(s).meta.summary && fieldInfo(s).core._zod.def.type === 'string');
  if (!flagged) throw new Error('CMS config: collection needs a `title` field or a string field marked summary.');
  return flagged[0];
}

/** `{{number}} – {{issued | date('DD/MM/YYYY')}} – {{title}}`: the summary fields, identifier last. */
export function summaryOf(shape: [string, AnyZod][], identifier: string): string {
  const flagged = shape.filter(([, s]) => fieldInfo(s).meta.summary).filter(([name]) => name !== identifier);
  const parts = flagged.map(([name, s]) => (isDateField(s) ? `{{${name} | date('DD/MM/YYYY')}}` : `{{${name}}}`));
  return [...parts, `{{${identifier}}}`].join(' – ');
}

function sortableFields(shape: [string, AnyZod][], identifier: string): CmsCollection['sortable_fields'] {
  const firstDate = shape.find(([, s]) => isDateField(s) && fieldInfo(s).meta.summary)?.[0];
  return firstDate ? [{ field: firstDate, default_sort: 'desc' }, identifier] : [identifier];
}

/** Filters for drafts and for the first select field (chuyên mục, loại văn bản…). */
function viewFilters(fields: CmsField[]): CmsCollection['view_filters'] {
  const filters: NonNullable<CmsCollection['view_filters']> = [];
  if (fields.some((f) => f.name === 'draft')) filters.push({ label: 'Bản nháp', field: 'draft', pattern: true });
  const select = fields.find((f) => f.widget === 'select');
  for (const option of select?.options ?? []) {
    filters.push({
      label: `${select?.label}: ${option.label}`,
      field: select?.name ?? '',
      pattern: `^${option.value}$`,
    });
  }
  return filters.length ? filters : undefined;
}

/**
 * `audience` is edited with the admin's own widget on a Phòng or Sở, and left out on
 * a school (a school addresses nobody); `choices` is undefined for a school.
 */
export function folderCollection(
  name: CollectionName,
  def: CollectionDef,
  sitePath: string,
  choices?: AudienceChoices,
): CmsCollection {
  const shape = shapeOf(def.schema(imageStandIn) as unknown as AnyZod).filter(
    ([field]) => field !== AUDIENCE_FIELD || choices,
  );
  const fields = shape.map(([field, schema]) =>
    field === AUDIENCE_FIELD && choices
      ? audienceField(schema, choices)
      : toCmsField(field, schema, { sitePath, path: `${name}.${field}` }),
  );
  if (def.body) fields.push(BODY_FIELD);
  const identifier = identifierOf(shape);
  const collection: CmsCollection = {
    name,
    label: def.label,
    label_singular: def.labelSingular,
    folder: `${sitePath}/content/${def.folder}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{slug}}',
    ...(identifier === 'title' ? {} : { identifier_field: identifier }),
    summary: summaryOf(shape, identifier),
    sortable_fields: sortableFields(shape, identifier),
    ...entryMediaFolders(sitePath),
    fields,
  };
  const filters = viewFilters(fields);
  if (filters) collection.view_filters = filters;
  if (def.body && def.url !== '/') collection.preview_path = `${def.url.replace(/^\//, '')}{{slug}}/`;
  return collection;
}

/**
 * Settings of `site.yaml` that belong to the IT office, not to the school's editors:
 * the domain, the Git backend, repository and OAuth (`cms`), the province profile and
 * the remote members' addresses. They are left out of «Cài đặt cổng», so an editor
 * cannot break the login or the build; Decap keeps keys it does not edit when it
 * rewrites the file, and the IT office changes them in Git.
 */
export const TECHNICAL_SETTINGS: readonly string[] = ['domain', 'cms', 'profile', 'remoteMembers'];

export function settingsCollection(sitePath: string): CmsCollection {
  // The logo is served from the site's public folder, as `/logo.svg`.
  const imageFolders = { media_folder: `/${sitePath}/public`, public_folder: '/' };
  const fields = shapeOf(siteSchema as unknown as AnyZod)
    .filter(([field]) => !TECHNICAL_SETTINGS.includes(field))
    .map(([field, schema]) => toCmsField(field, schema, { sitePath, imageFolders, path: `site.${field}` }));
  return {
    name: 'settings',
    label: 'Cài đặt cổng',
    description:
      'Thông tin đơn vị, người chịu trách nhiệm, ban biên tập, giao diện và menu. Sửa cẩn thận: các thông tin này hiện ở chân mọi trang. Tên miền và phần kết nối kho nội dung do bộ phận công nghệ thông tin quản lý, không sửa ở đây.',
    files: [{ name: 'site', label: 'Thông tin đơn vị và giao diện', file: `${sitePath}/site.yaml`, fields }],
  };
}

export function allCollections(sitePath: string, choices?: AudienceChoices): CmsCollection[] {
  const folders = (Object.entries(COLLECTIONS) as [CollectionName, CollectionDef][]).map(([name, def]) =>
    folderCollection(name, def, sitePath, choices),
  );
  return [...folders, settingsCollection(sitePath)];
}
