/**
 * A select whose options are listed under headings: công khai's «Mục công khai»,
 * its items under their «Nhóm nội dung» (options, groups and the school's level
 * come from content-schemas/cms/disclosures.ts). Choosing the item chooses the
 * group, so no item can be saved under a wrong group. A native <select> with
 * <optgroup>s: usable with a phone's own picker and a screen reader.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { ControlProps, FieldConfig } from './widget-props.ts';

interface Option {
  label: string;
  value: string;
  group?: string;
}

function plain<T>(value: unknown): T {
  return (
    value && typeof (value as { toJS?: unknown }).toJS === 'function'
      ? (value as { toJS: () => unknown }).toJS()
      : value
  ) as T;
}

const optionsOf = (field: FieldConfig) => plain<Option[] | undefined>(field.get('options')) ?? [];

export class GroupedSelectControl extends Component<ControlProps> {
  render(): ReactNode {
    const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const options = optionsOf(field);
    const groups = plain<Option[] | undefined>(field.get('groups')) ?? [];
    const value = String(this.props.value ?? '');
    return h(
      'select',
      {
        id: forID,
        className: classNameWrapper,
        value: options.some((o) => o.value === value) ? value : '',
        onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      },
      h('option', { value: '' }, '— Chọn mục công khai —'),
      ...groups.map((g) =>
        h(
          'optgroup',
          { key: g.value, label: g.label },
          ...options
            .filter((o) => o.group === g.value)
            .map((o) => h('option', { key: o.value, value: o.value }, o.label)),
        ),
      ),
    );
  }
}

export function GroupedSelectPreview(props: { value?: unknown; field: FieldConfig }): ReactNode {
  const label = optionsOf(props.field).find((o) => o.value === props.value)?.label;
  return label ? h('span', null, label) : null;
}
