/**
 * The date field: a text box showing dd/mm/yyyy, whatever the browser's language.
 * Decap's datetime widget is the browser's <input type=date>, which follows the
 * browser's locale: on an English Windows it shows mm/dd/yyyy and ignores a
 * day-first date. Registered under Decap's name `datetime`, so the generated
 * config (DATE_WIDGET in content-schemas/cms/fields.ts) is unchanged; the value
 * stays YYYY-MM-DD.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { formatVnDate, parseVnDate, todayInVietnam } from './vn-date.ts';
import type { ControlProps, FieldConfig } from './widget-props.ts';

const BUTTON_STYLE = {
  border: 0,
  borderRadius: 4,
  background: '#eff0f4',
  padding: '6px 10px',
  fontSize: 14,
  cursor: 'pointer',
} as const;

export class DateControl extends Component<ControlProps, { text: string }> {
  override state = { text: formatVnDate(this.props.value) };

  override componentDidMount(): void {
    // Decap passes the `{{now}}` default through to the widget.
    if (this.props.value === '{{now}}') this.set(todayInVietnam());
  }

  override componentDidUpdate(previous: ControlProps): void {
    // A value set from outside (a loaded entry, "Hôm nay") replaces what is shown, unless it is what was typed.
    if (previous.value !== this.props.value && parseVnDate(this.state.text) !== this.props.value) {
      this.setState({ text: formatVnDate(this.props.value) });
    }
  }

  /**
   * Decap asks before saving; a date that does not exist is refused with the field's
   * label. An arrow: Decap calls it detached from the control (Widget.js).
   */
  isValid = (): boolean | { error: { type: string; message: string } } => {
    if (parseVnDate(this.state.text) !== undefined) return true;
    const label = String(this.props.field.get('label') ?? '');
    return {
      error: {
        type: 'CUSTOM',
        message: `«${label}»: «${this.state.text}» không phải một ngày có thật. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2025.`,
      },
    };
  };

  private set(iso: string): void {
    this.setState({ text: formatVnDate(iso) });
    this.props.onChange(iso);
  }

  private typed(text: string): void {
    this.setState({ text });
    // What is not yet a date is passed on as typed: isValid then refuses the save with
    // its own message (rather than "required"), and nothing but YYYY-MM-DD is ever written.
    this.props.onChange(parseVnDate(text) ?? text);
  }

  render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h(
      'div',
      { style: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' } },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: 'ngày/tháng/năm',
        className: classNameWrapper,
        style: { flex: '1 1 9em', maxWidth: '14em' },
        value: this.state.text,
        onChange: (e: { target: { value: string } }) => this.typed(e.target.value),
        onFocus: setActiveStyle,
        onBlur: () => {
          setInactiveStyle();
          const iso = parseVnDate(this.state.text);
          if (iso) this.setState({ text: formatVnDate(iso) });
        },
      }),
      h('button', { type: 'button', style: BUTTON_STYLE, onClick: () => this.set(todayInVietnam()) }, 'Hôm nay'),
      h('button', { type: 'button', style: BUTTON_STYLE, onClick: () => this.set('') }, 'Xoá'),
    );
  }
}

export function DatePreview(props: { value?: unknown }): ReactNode {
  const text = formatVnDate(props.value);
  return text ? h('span', null, text) : null;
}
