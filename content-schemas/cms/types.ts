/**
 * The subset of Decap CMS 3 configuration we generate (decap-cms-core
 * `constants/configSchema.js` and each widget's `schema.js` are the reference).
 */
export interface CmsOption {
  label: string;
  value: string;
  /** `grouped-select`: the value of `group_field` this option belongs to. */
  group?: string;
}

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  /** `[regex source, message]`; Decap shows the message when the value does not match. */
  pattern?: [string, string];
  options?: CmsOption[];
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  media_processing?: Record<string, unknown>;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
  allow_add?: boolean;
  /** The `audience` widget (cms/audience.ts): its two lists and their headings. */
  levels_label?: string;
  units_label?: string;
  level_options?: CmsOption[];
  unit_options?: CmsOption[];
  /** The `grouped-select` widget (cms/disclosures.ts): the headings its options are listed under. */
  groups?: CmsOption[];
}

export interface CmsCollectionFile {
  name: string;
  label: string;
  file: string;
  description?: string;
  fields: CmsField[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: CmsCollectionFile[];
  create?: boolean;
  delete?: boolean;
  extension?: string;
  format?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  preview_path?: string;
  media_folder?: string;
  public_folder?: string;
  sortable_fields?: (string | { field: string; default_sort?: 'asc' | 'desc' })[];
  view_filters?: { label: string; field: string; pattern: string | boolean }[];
  fields?: CmsField[];
}

export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  auth_type?: 'pkce';
  app_id?: string;
  squash_merges?: boolean;
  commit_messages?: Record<string, string>;
}

export interface CmsConfig {
  backend: CmsBackend;
  local_backend?: boolean | { url: string; allowed_hosts?: string[] };
  publish_mode: 'simple' | 'editorial_workflow';
  locale: string;
  site_url?: string;
  display_url?: string;
  logo?: { src: string; show_in_header?: boolean };
  show_preview_links?: boolean;
  media_processing?: { enabled: boolean; strip_metadata?: boolean; quality?: number };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii' | 'unicode'; clean_accents: boolean; sanitize_replacement?: string };
  collections: CmsCollection[];
}
