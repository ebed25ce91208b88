/**
 * Preview templates for tin tức, văn bản, công khai and trang: the theme's
 * article layout in the preview pane, with select values shown by their
 * Vietnamese labels (never a code such as `tai-chinh`). Every value is rendered
 * as React text or through the sanitising Markdown path; nothing from content
 * reaches innerHTML. Above a body holding something the site drops (HTML typed
 * in Markdown mode, an iframe, a `javascript:` link), a notice lists it.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { renderMarkdown } from './markdown.ts';
import { describeAudience } from '../audience-widget.ts';
import { describeDropped, droppedFromMarkdown } from '../../lib/markdown-plugins/dropped.ts';

type Props = PreviewTemplateComponentProps;
type FieldConfig = { get: (key: string) => unknown };
type Getter = { get: (key: string) => unknown; toJS?: () => unknown };

/** `2025-09-05` (or a Date) → `05/09/2025`, as the portal prints dates. */
export function formatDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return (
      [value.getDate(), value.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') +
      `/${value.getFullYear()}`
    );
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ''));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

function data(props: Props, key: string): unknown {
  const value = props.entry.getIn(['data', key]) as unknown;
  return value && typeof (value as Getter).toJS === 'function' ? (value as Required<Getter>).toJS() : value;
}

function text(props: Props, key: string): string {
  const value = data(props, key);
  return typeof value === 'string' ? value : '';
}

function fieldConfig(props: Props, name: string): FieldConfig | undefined {
  return props.fields.find((f) => f?.get('name') === name) as FieldConfig | undefined;
}

function label(props: Props, name: string): string {
  return String(fieldConfig(props, name)?.get('label') ?? name);
}

/** The Vietnamese label of a select value, from the generated config. */
function optionLabel(props: Props, name: string): string {
  const value = text(props, name);
  const options =
    (
      fieldConfig(props, name)?.get('options') as { toJS?: () => { label: string; value: string }[] } | undefined
    )?.toJS?.() ?? [];
  return options.find((o) => o.value === value)?.label ?? value;
}

function asset(props: Props, path: string): string {
  return path ? String(props.getAsset(path) ?? path) : '';
}

function figure(props: Props, key: string): ReactNode {
  const value = data(props, key) as { src?: string; alt?: string; caption?: string } | undefined;
  if (!value?.src) return null;
  return h(
    'figure',
    { className: 'ct-figure' },
    h('img', { src: asset(props, value.src), alt: value.alt ?? '' }),
    value.caption ? h('figcaption', null, value.caption) : null,
    value.alt ? null : h('p', { className: 'ct-warning', role: 'alert' }, 'Ảnh chưa có mô tả: hãy nhập «Mô tả ảnh».'),
  );
}

function attachments(props: Props): ReactNode {
  const files = (data(props, 'files') as { title?: string; file?: string }[] | undefined) ?? [];
  const listed = files.filter((f) => f?.file);
  if (!listed.length) return null;
  return h(
    'section',
    { className: 'ct-files' },
    h('h2', null, label(props, 'files')),
    h(
      'ul',
      null,
      ...listed.map((f, i) =>
        h('li', { key: i }, h('a', { href: asset(props, f.file ?? ''), download: '' }, f.title || f.file)),
      ),
    ),
  );
}

/** "Gửi đến các đơn vị: Tiểu học; …" on a Phòng's or Sở's entry (no field on a school). */
function audience(props: Props): ReactNode {
  const field = fieldConfig(props, 'audience');
  const text = field ? describeAudience(props.entry.getIn(['data', 'audience']), field) : '';
  return text ? h('p', { className: 'ct-meta' }, `${label(props, 'audience')}: ${text}`) : null;
}

/** What the site will not show from this body (the same findings the save check uses). */
function droppedNotice(markdown: string): ReactNode {
  const found = droppedFromMarkdown(markdown);
  if (!found.length) return null;
  return h(
    'div',
    { className: 'ct-warning ct-dropped', role: 'status' },
    h('p', null, 'Những phần sau sẽ không hiện trên cổng:'),
    h('ul', null, ...describeDropped(found).map((line, i) => h('li', { key: i }, line))),
  );
}

function body(props: Props): ReactNode {
  const markdown = text(props, 'body');
  return [
    droppedNotice(markdown),
    h(
      'div',
      { className: 'ct-prose', key: 'body' },
      renderMarkdown(markdown, (src) => asset(props, src)),
    ),
  ];
}

function article(...children: ReactNode[]): ReactNode {
  return h('article', { className: 'ct-article', lang: 'vi' }, ...children);
}

export function NewsPreview(props: Props): ReactNode {
  const date = formatDate(data(props, 'date'));
  return article(
    h('p', { className: 'ct-kicker' }, optionLabel(props, 'category')),
    h('h1', null, text(props, 'title')),
    date
      ? h(
          'p',
          { className: 'ct-meta' },
          h('time', { dateTime: String(data(props, 'date')) }, date),
          text(props, 'author') ? ` · ${text(props, 'author')}` : '',
        )
      : null,
    text(props, 'description') ? h('p', { className: 'ct-lead' }, text(props, 'description')) : null,
    audience(props),
    figure(props, 'cover'),
    body(props),
    attachments(props),
  );
}

const DOCUMENT_FIELDS = [
  'number',
  'type',
  'issuer',
  'issuerLevel',
  'signer',
  'issued',
  'effective',
  'schoolYear',
] as const;

export function DocumentPreview(props: Props): ReactNode {
  const rows = DOCUMENT_FIELDS.map((name) => {
    const raw = data(props, name);
    const shown =
      name === 'issued' || name === 'effective'
        ? formatDate(raw)
        : name === 'type' || name === 'issuerLevel'
          ? optionLabel(props, name)
          : text(props, name);
    return shown ? h('tr', { key: name }, h('th', { scope: 'row' }, label(props, name)), h('td', null, shown)) : null;
  });
  return article(
    h('p', { className: 'ct-kicker' }, optionLabel(props, 'type')),
    h('h1', null, text(props, 'title')),
    h('table', { className: 'ct-facts' }, h('caption', null, 'Thông tin văn bản'), h('tbody', null, ...rows)),
    audience(props),
    attachments(props),
    body(props),
  );
}

export function PagePreview(props: Props): ReactNode {
  return article(
    h('h1', null, text(props, 'title')),
    text(props, 'description') ? h('p', { className: 'ct-lead' }, text(props, 'description')) : null,
    figure(props, 'image'),
    body(props),
  );
}

/** «Mục công khai» (a grouped select): the item's label and the label of its group, from the generated config. */
function disclosureLabels(props: Props): { item: string; group: string } {
  const value = text(props, 'item');
  const field = fieldConfig(props, 'item');
  const plain = (key: string) => (field?.get(key) as { toJS?: () => unknown } | undefined)?.toJS?.();
  const options = (plain('options') as { label: string; value: string; group?: string }[] | undefined) ?? [];
  const groups = (plain('groups') as { label: string; value: string }[] | undefined) ?? [];
  const option = options.find((o) => o.value === value);
  return { item: option?.label ?? '', group: groups.find((g) => g.value === option?.group)?.label ?? '' };
}

export function DisclosurePreview(props: Props): ReactNode {
  const { item, group } = disclosureLabels(props);
  const facts: [string, string][] = [
    [label(props, 'schoolYear'), text(props, 'schoolYear')],
    ['Nhóm nội dung', group],
    [label(props, 'item'), item],
    [label(props, 'published'), formatDate(data(props, 'published'))],
    [label(props, 'eventDate'), formatDate(data(props, 'eventDate'))],
  ];
  return article(
    group ? h('p', { className: 'ct-kicker' }, group) : null,
    h('h1', null, text(props, 'title')),
    h(
      'table',
      { className: 'ct-facts' },
      h('caption', null, 'Thông tin công khai'),
      h(
        'tbody',
        null,
        ...facts
          .filter(([, v]) => v)
          .map(([k, v]) => h('tr', { key: k }, h('th', { scope: 'row' }, k), h('td', null, v))),
      ),
    ),
    attachments(props),
    body(props),
  );
}
