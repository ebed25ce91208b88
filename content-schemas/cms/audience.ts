/**
 * The `audience` field (✱ contract, content-schemas/audience.ts) in the CMS. Decap
 * has no union widget, so the admin registers its own `audience` widget
 * (themes/cong-truong/admin/audience-widget.ts): one choice "Không gửi / Tất cả
 * đơn vị trực thuộc / Chọn theo cấp học và đơn vị", then the levels and the member
 * units by name. It writes exactly the contract's YAML (`all`, `{levels, units}`, or
 * no key). The labels and level options come from the schema; the units from the
 * sites below this one, known at build time. School sites do not get the field.
 */
import type { SiteConfig } from '../site.ts';
import { fieldInfo, shapeOf, type AnyZod } from './zod-info.ts';
import { joinHints } from './fields.ts';
import type { CmsField, CmsOption } from './types.ts';

/** The contract's field name; the schema factory is `audience()`. */
export const AUDIENCE_FIELD = 'audience';
/** The widget name registered in the admin bundle. */
export const AUDIENCE_WIDGET = 'audience';

/** A unit an editor may address: a member of this site, at any depth. */
export interface AudienceUnit {
  id: string;
  name: string;
  /** Names of the units between this site and the member (its Phòng for a Sở's school), nearest this site first. */
  via?: string[];
}

/** What the generator needs to know of the site for `audience`; undefined for a school. */
export interface AudienceChoices {
  units: AudienceUnit[];
}

export function audienceChoicesFor(
  site: Pick<SiteConfig, 'unitType'>,
  units: AudienceUnit[],
): AudienceChoices | undefined {
  return site.unitType === 'truong' ? undefined : { units };
}

/** The `{levels, units}` member of the union: where the level labels live. */
function targetedShape(info: ReturnType<typeof fieldInfo>): Map<string, AnyZod> {
  const options = (info.core._zod.def.options ?? []) as AnyZod[];
  const object = options.map((o) => fieldInfo(o)).find((o) => o.core._zod.def.type === 'object');
  if (!object)
    throw new Error(
      'CMS config: "audience" has no {levels, units} member. / field "audience": missing {levels, units} member.',
    );
  return new Map(shapeOf(object.core));
}

function levelOptions(levels: AnyZod): CmsOption[] {
  const list = fieldInfo(levels);
  const element = fieldInfo(list.core._zod.def.element as AnyZod);
  const labels = (list.meta.options ?? element.meta.options ?? {}) as Record<string, string>;
  return Object.keys(element.core._zod.def.entries as Record<string, string>).map((value) => ({
    value,
    label: labels[value] ?? value,
  }));
}

function unitLabel(unit: AudienceUnit): string {
  return [...(unit.via ?? []), unit.name].join(' › ');
}

/** The Decap field for `audience`; `schema` is the collection's `audience()` field. */
export function audienceField(schema: AnyZod, choices: AudienceChoices): CmsField {
  const info = fieldInfo(schema);
  const shape = targetedShape(info);
  const levels = shape.get('levels');
  const units = shape.get('units');
  if (!levels || !units)
    throw new Error('CMS config: "audience" needs levels and units. / field "audience": needs levels and units.');
  const hint = joinHints([
    info.meta.description,
    choices.units.length ? undefined : 'Chưa có đơn vị trực thuộc nào trong thư mục các trường',
  ]);
  return {
    name: AUDIENCE_FIELD,
    label: info.meta.title ?? AUDIENCE_FIELD,
    widget: AUDIENCE_WIDGET,
    required: false,
    ...(hint ? { hint } : {}),
    levels_label: fieldInfo(levels).meta.title ?? 'levels',
    // The schema's "(mã đơn vị)" is for the YAML; the control lists units by name.
    units_label: (fieldInfo(units).meta.title ?? 'units').replace(/\s*\([^)]*\)$/, ''),
    level_options: levelOptions(levels),
    unit_options: choices.units.map((u) => ({ value: u.id, label: unitLabel(u) })),
  };
}
