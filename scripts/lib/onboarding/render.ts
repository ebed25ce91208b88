/**
 * Turns a level template (`sites/_templates/<level>/`, laid over `_chung/`) into a
 * school's folder. Templates hold `{{key}}` placeholders, or `{{key|text}}` where
 * `text` is used when the value was not given. YAML (site.yaml, frontmatter) is
 * filled node by node so quoting is always right and the guiding comments stay.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { isMap, parseDocument, visit, type Document } from 'yaml';
import { LEVELS, UNIT_TYPES, type Level } from '../../../content-schemas/levels.ts';
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_ITEMS,
  requiredDisclosureItems,
} from '../../../content-schemas/disclosure-items.ts';
import { DISCLOSURE_GUIDE, GENERIC_GUIDE } from './disclosure-guide.ts';
import { isTemplateText, placeholderDomain, placeholderEmail, PLACEHOLDER_PHONE, TEMPLATE_MARKER } from './marker.ts';
import { shortNameOf } from './short-name.ts';
import { addDays, dayOf, mondayOf, vnDay } from '../../../content-schemas/calendar.ts';
import type { SchoolSpec, UnitKind } from './input.ts';
import type { ParentUnit } from './parent-unit.ts';

export const TEMPLATES_DIR = resolve(import.meta.dirname, '../../../sites/_templates');
/** Files shared by every level; a level's own file with the same path wins. */
export const COMMON_TEMPLATE = '_chung';
/** The body of each công khai entry (not copied as is). */
const DISCLOSURE_TEMPLATE = '_cong-khai.md';

/** A template folder: a school level, or `phong` / `so` for a unit's site. */
export type TemplateKey = Level | UnitKind;

/** The common files a Phòng or Sở does not get: admissions are a school's. */
const SCHOOL_ONLY = ['content/tuyen-sinh/'];

export const templateKey = (spec: Pick<SchoolSpec, 'level' | 'unit'>): TemplateKey =>
  spec.unit ?? (spec.level as Level);

/** Words that differ by level or unit, for the shared templates; `logoText` is drawn in the placeholder logo. */
export const LEVEL_WORDS: Record<
  TemplateKey,
  { logoText: string; learners: string; head: string; headEn: string; unit: string }
> = {
  'mam-non': { logoText: 'MN', learners: 'trẻ em', head: 'Hiệu trưởng', headEn: 'Principal', unit: 'nhà trường' },
  'tieu-hoc': { logoText: 'TH', learners: 'học sinh', head: 'Hiệu trưởng', headEn: 'Principal', unit: 'nhà trường' },
  thcs: { logoText: 'THCS', learners: 'học sinh', head: 'Hiệu trưởng', headEn: 'Principal', unit: 'nhà trường' },
  thpt: { logoText: 'THPT', learners: 'học sinh', head: 'Hiệu trưởng', headEn: 'Principal', unit: 'nhà trường' },
  'lien-cap': { logoText: 'PT', learners: 'học sinh', head: 'Hiệu trưởng', headEn: 'Principal', unit: 'nhà trường' },
  gdtx: { logoText: 'GDTX', learners: 'học viên', head: 'Giám đốc', headEn: 'Director', unit: 'trung tâm' },
  phong: { logoText: 'VH-XH', learners: 'học sinh', head: 'Trưởng phòng', headEn: 'Head of Office', unit: 'phòng' },
  so: { logoText: 'SỞ GD&ĐT', learners: 'học sinh', head: 'Giám đốc Sở', headEn: 'Director', unit: 'sở' },
};

/** `YYYY-MM-DD` of the Monday after `date` (a `YYYY-MM-DD`). */
function nextMonday(date: string): string {
  return dayOf(addDays(mondayOf(new Date(`${date}T00:00:00Z`)), 7));
}

export type TemplateContext = Record<string, string | undefined>;

const PLACEHOLDER = /\{\{([a-zA-Z]+)(?:\|([^}]*))?\}\}/g;

/** Replaces `{{key}}` / `{{key|default}}`; an unknown key is a template bug and throws. */
export function fillPlaceholders(text: string, ctx: TemplateContext, where: string, escape = (s: string) => s): string {
  return text.replace(PLACEHOLDER, (_, key: string, fallback: string | undefined) => {
    const value = ctx[key];
    if (value) return escape(value);
    if (fallback !== undefined) return escape(fallback);
    if (!(key in ctx)) throw new Error(`Template ${where}: unknown placeholder {{${key}}}`);
    throw new Error(`Template ${where}: {{${key}}} has no value and no default ({{${key}|…}})`);
  });
}

/** Fills every string of a YAML document; values that are placeholders get a marker comment. */
function fillYaml(doc: Document, ctx: TemplateContext, where: string): void {
  const fillComments = (node: { commentBefore?: string | null; comment?: string | null }) => {
    if (node.commentBefore?.includes('{{')) node.commentBefore = fillPlaceholders(node.commentBefore, ctx, where);
    if (node.comment?.includes('{{')) node.comment = fillPlaceholders(node.comment, ctx, where);
  };
  fillComments(doc);
  visit(doc, {
    Node(_, node) {
      fillComments(node);
    },
    Scalar(_, node) {
      fillComments(node);
      if (typeof node.value !== 'string' || !node.value.includes('{{')) return;
      const value = fillPlaceholders(node.value, ctx, where);
      node.value = value;
      if (isTemplateText(value) && !value.includes(TEMPLATE_MARKER) && !node.comment?.includes(TEMPLATE_MARKER)) {
        node.comment = ` ${TEMPLATE_MARKER} giá trị tạm, thay bằng thông tin thật${node.comment ? `;${node.comment}` : ''}`;
      }
    },
  });
}

function renderYaml(source: string, ctx: TemplateContext, where: string): string {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`Template ${where}: ${doc.errors[0]?.message}`);
  fillYaml(doc, ctx, where);
  return doc.toString({ lineWidth: 0 });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function renderMarkdown(source: string, ctx: TemplateContext, where: string): string {
  const match = FRONTMATTER.exec(source);
  if (!match) return fillPlaceholders(source, ctx, where);
  return `---\n${renderYaml(match[1] ?? '', ctx, where)}---\n${fillPlaceholders(match[2] ?? '', ctx, where)}`;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders one template file's text according to its type. */
export function renderTemplateText(path: string, source: string, ctx: TemplateContext): string {
  const ext = extname(path);
  if (ext === '.yaml' || ext === '.yml') return renderYaml(source, ctx, path);
  if (ext === '.md') return renderMarkdown(source, ctx, path);
  if (ext === '.svg' || ext === '.html') return fillPlaceholders(source, ctx, path, xmlEscape);
  return fillPlaceholders(source, ctx, path);
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Relative path → source file, the level's (or unit's) files laid over the common ones. Names starting with `_` are not copied. */
export function templateFiles(key: TemplateKey, templatesDir = TEMPLATES_DIR): Map<string, string> {
  const files = new Map<string, string>();
  const isUnit = key in UNIT_TYPES;
  for (const base of [join(templatesDir, COMMON_TEMPLATE), join(templatesDir, key)]) {
    for (const file of walk(base)) {
      const rel = relative(base, file);
      if (rel.split('/').some((part) => part.startsWith('_'))) continue;
      if (isUnit && base.endsWith(COMMON_TEMPLATE) && SCHOOL_ONLY.some((prefix) => rel.startsWith(prefix))) continue;
      files.set(rel, file);
    }
  }
  if (!files.has('site.yaml')) throw new Error(`Template ${join(templatesDir, key)}: site.yaml missing`);
  return files;
}

/** Values every placeholder can use. */
export function templateContext(spec: SchoolSpec, schoolYear: string, today: Date): TemplateContext {
  const date = vnDay(today);
  const [y, m, d] = date.split('-');
  const shortName = shortNameOf(spec.name);
  const start = Number(schoolYear.slice(0, 4));
  const words = LEVEL_WORDS[templateKey(spec)];
  return {
    ...words,
    Unit: words.unit.charAt(0).toUpperCase() + words.unit.slice(1),
    id: spec.id,
    name: spec.name,
    shortName,
    level: spec.level,
    levelLabel: spec.level ? LEVELS[spec.level] : UNIT_TYPES[spec.unit!],
    domain: spec.domain ?? placeholderDomain(spec.id),
    email: spec.email ?? placeholderEmail(spec.id),
    phone: spec.phone ?? PLACEHOLDER_PHONE,
    address: spec.address,
    parent: spec.parent,
    principal: spec.principal,
    schoolYear,
    schoolYearEnd: schoolYear.slice(5),
    nextSchoolYear: `${start + 1}-${start + 2}`,
    today: date,
    todayVi: `${d}/${m}/${y}`,
    twoWeeksLater: dayOf(addDays(new Date(`${date}T00:00:00Z`), 14)),
    nextMonday: nextMonday(date),
    marker: TEMPLATE_MARKER,
  };
}

function writeFile(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const TEXT_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.svg', '.html', '.txt', '.csv']);

/** One công khai entry per item the level must publish this school year. */
function writeDisclosures(spec: SchoolSpec, ctx: TemplateContext, templatesDir: string, targetDir: string): void {
  if (!spec.level) return;
  const templatePath = join(templatesDir, COMMON_TEMPLATE, DISCLOSURE_TEMPLATE);
  const source = readFileSync(templatePath, 'utf8');
  for (const key of requiredDisclosureItems(spec.level)) {
    const item = DISCLOSURE_ITEMS[key];
    const guide = DISCLOSURE_GUIDE[key] ?? GENERIC_GUIDE;
    const itemCtx: TemplateContext = {
      ...ctx,
      item: key,
      itemLabel: item.label,
      category: item.category,
      categoryLabel: DISCLOSURE_CATEGORIES[item.category],
      basis: item.basis,
      guide: guide.map((line) => `- ${line}`).join('\n'),
    };
    writeFile(
      join(targetDir, 'content', 'cong-khai', `${ctx.schoolYear}-${key}.md`),
      renderTemplateText(templatePath, source, itemCtx),
    );
  }
}

/** Writes the whole site for `spec` into `targetDir` (which must not exist yet). */
export function renderSite(
  spec: SchoolSpec,
  targetDir: string,
  opts: { schoolYear: string; today: Date; templatesDir?: string },
): void {
  const templatesDir = opts.templatesDir ?? TEMPLATES_DIR;
  const ctx = templateContext(spec, opts.schoolYear, opts.today);
  const siteTemplate = parseDocument(readFileSync(join(templatesDir, templateKey(spec), 'site.yaml'), 'utf8'));
  ctx.primary = String(siteTemplate.getIn(['theme', 'primary']) ?? '#0b4f8a');
  mkdirSync(targetDir, { recursive: true });
  for (const [rel, source] of templateFiles(templateKey(spec), templatesDir)) {
    const target = join(targetDir, rel);
    if (TEXT_EXTENSIONS.has(extname(rel)))
      writeFile(target, renderTemplateText(source, readFileSync(source, 'utf8'), ctx));
    else {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
    }
  }
  writeDisclosures(spec, ctx, templatesDir, targetDir);
  if (spec.parentUnit) linkParent(join(targetDir, 'site.yaml'), spec.parentUnit);
}

/** Adds the managing unit's portal and id to site.yaml (its name is already filled). */
function linkParent(file: string, unit: ParentUnit): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const parent = doc.get('parent', true);
  // The template's "# url: …" hint is answered now.
  if (isMap(parent)) parent.comment = null;
  doc.setIn(['parent', 'url'], unit.url);
  doc.setIn(['parent', 'id'], unit.id);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
