/** What Decap hands a custom widget's control (its field config is an Immutable map). */
export interface FieldConfig {
  get: (key: string) => unknown;
}

export interface ControlProps {
  value?: unknown;
  field: FieldConfig;
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}
