/**
 * The `audience` widget ("Gửi đến các đơn vị") for the editors of a Phòng or Sở.
 * Decap has no union widget; this one shows one choice (not sent / every member
 * unit / by level and unit) and, for the last, the levels and the member units by
 * name as check boxes. Its value is exactly what the contract stores:
 * `'all'`, `{ levels, units }` (an Immutable Map, as Decap keeps loaded objects) or
 * `''`, which the save hook drops, so the file has no `audience` key.
 * The options come from the generated config (content-schemas/cms/audience.ts).
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { fromJS } from 'immutable';
import type { ControlProps, FieldConfig } from './widget-props.ts';

export const AUDIENCE_ALL = 'all';

type Mode = 'none' | 'all' | 'targeted';
interface Option {
  label: string;
  value: string;
}
export interface Targeted {
  levels: string[];
  units: string[];
}

const MODE_LABELS: Record<Mode, string> = {
  none: 'Không gửi (chỉ đăng trên cổng này)',
  all: 'Tất cả đơn vị trực thuộc',
  targeted: 'Chọn theo cấp học và đơn vị',
};

function plain(value: unknown): unknown {
  return value && typeof (value as { toJS?: unknown }).toJS === 'function'
    ? (value as { toJS: () => unknown }).toJS()
    : value;
}

/** Reads a stored value (a string, a plain object or an Immutable Map) back into a choice. */
export function readAudience(value: unknown): { mode: Mode; targeted: Targeted } {
  const raw = plain(value);
  const empty = { levels: [], units: [] };
  if (raw === AUDIENCE_ALL) return { mode: 'all', targeted: empty };
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { levels, units } = raw as Partial<Targeted>;
    const strings = (list: unknown) =>
      Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
    return { mode: 'targeted', targeted: { levels: strings(levels), units: strings(units) } };
  }
  return { mode: 'none', targeted: empty };
}

function options(field: FieldConfig, key: string): Option[] {
  return (plain(field.get(key)) as Option[] | undefined) ?? [];
}

/** "Gửi đến: Tiểu học; Trường THCS Hòa Bình" — for previews and the list. */
export function describeAudience(value: unknown, field: FieldConfig): string {
  const { mode, targeted } = readAudience(value);
  if (mode === 'none') return '';
  if (mode === 'all') return MODE_LABELS.all;
  const name = (list: Option[], v: string) => list.find((o) => o.value === v)?.label ?? v;
  const levels = targeted.levels.map((v) => name(options(field, 'level_options'), v));
  const units = targeted.units.map((v) => name(options(field, 'unit_options'), v));
  return [...levels, ...units].join('; ');
}

export class AudienceControl extends Component<ControlProps> {
  /** Decap asks the control before saving: "by level and unit" needs at least one. */
  isValid(): boolean | { error: { type: string; message: string } } {
    const { mode, targeted } = readAudience(this.props.value);
    if (mode !== 'targeted' || targeted.levels.length || targeted.units.length) return true;
    const label = String(this.props.field.get('label') ?? '');
    return {
      error: {
        type: 'CUSTOM',
        message: `«${label}»: hãy chọn ít nhất một cấp học hoặc một đơn vị, hoặc chọn «${MODE_LABELS.none}».`,
      },
    };
  }

  private setMode(mode: Mode): void {
    if (mode === 'none') this.props.onChange('');
    else if (mode === 'all') this.props.onChange(AUDIENCE_ALL);
    else this.props.onChange(fromJS(readAudience(this.props.value).targeted));
  }

  private toggle(key: keyof Targeted, item: string, on: boolean): void {
    const { targeted } = readAudience(this.props.value);
    const next = on ? [...targeted[key].filter((v) => v !== item), item] : targeted[key].filter((v) => v !== item);
    this.props.onChange(fromJS({ ...targeted, [key]: next }));
  }

  private checkboxes(key: keyof Targeted, legend: string, list: Option[], chosen: string[]): ReactNode {
    const { forID } = this.props;
    return h(
      'fieldset',
      { style: { border: 0, margin: '12px 0 0', padding: 0 } },
      h('legend', { style: { fontWeight: 600, marginBottom: 4 } }, legend),
      list.length
        ? list.map((o) =>
            h(
              'label',
              { key: o.value, style: { display: 'block', padding: '2px 0' } },
              h('input', {
                type: 'checkbox',
                id: `${forID}-${key}-${o.value}`,
                checked: chosen.includes(o.value),
                onChange: (e: { target: { checked: boolean } }) => this.toggle(key, o.value, e.target.checked),
              }),
              ` ${o.label}`,
            ),
          )
        : h('p', null, 'Chưa có đơn vị trực thuộc nào.'),
    );
  }

  render(): ReactNode {
    const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { mode, targeted } = readAudience(this.props.value);
    const radios = (Object.keys(MODE_LABELS) as Mode[]).map((m) =>
      h(
        'label',
        { key: m, style: { display: 'block', padding: '2px 0' } },
        h('input', {
          type: 'radio',
          name: `${forID}-mode`,
          value: m,
          checked: mode === m,
          onChange: () => this.setMode(m),
        }),
        ` ${MODE_LABELS[m]}`,
      ),
    );
    // Decap's <label for> points at the wrapper; the radios carry the field's name as a group.
    return h(
      'div',
      { id: forID, className: classNameWrapper, onFocus: setActiveStyle, onBlur: setInactiveStyle },
      h('div', { role: 'radiogroup', 'aria-label': String(field.get('label') ?? '') }, ...radios),
      mode === 'targeted'
        ? this.checkboxes(
            'levels',
            String(field.get('levels_label') ?? ''),
            options(field, 'level_options'),
            targeted.levels,
          )
        : null,
      mode === 'targeted'
        ? this.checkboxes(
            'units',
            String(field.get('units_label') ?? ''),
            options(field, 'unit_options'),
            targeted.units,
          )
        : null,
    );
  }
}

export function AudiencePreview(props: { value?: unknown; field: FieldConfig }): ReactNode {
  const text = describeAudience(props.value, props.field);
  return text ? h('p', null, `${String(props.field.get('label') ?? '')}: ${text}`) : null;
}
