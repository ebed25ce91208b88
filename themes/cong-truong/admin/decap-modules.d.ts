// Decap's packages other than decap-cms-core ship no types; these are the parts we use.
declare module 'decap-cms-locales/dist/esm/*' {
  const phrases: Record<string, unknown>;
  export default phrases;
}

declare module 'decap-cms-backend-*' {
  export const GitHubBackend: unknown;
  export const GitLabBackend: unknown;
  export const GiteaBackend: unknown;
  export const ForgejoBackend: unknown;
  export const ProxyBackend: unknown;
}

declare module 'decap-cms-widget-*' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam };
  export default widget;
}

declare module 'decap-cms-editor-component-image' {
  const image: import('decap-cms-core').EditorComponentOptions & { fields: { name: string; label: string }[] };
  export default image;
}

/** Bundled as text by esbuild (`loader: { '.css': 'text' }`). */
declare module '*.css' {
  const css: string;
  export default css;
}

// `site-markdown:<name>`: the Markdown packages of the site build (see bundle.ts).
declare module 'site-markdown:remark-parse' {
  const plugin: import('unified').Plugin<[], string, import('mdast').Root>;
  export default plugin;
}

declare module 'site-markdown:remark-gfm' {
  const plugin: import('unified').Plugin<[], import('mdast').Root>;
  export default plugin;
}

declare module 'site-markdown:remark-rehype' {
  const plugin: import('unified').Plugin<
    [{ allowDangerousHtml?: boolean }?],
    import('mdast').Root,
    import('hast').Root
  >;
  export default plugin;
}

// Decap's Markdown tree → Slate converter (paste/paste-handler.ts reuses it for pasted HTML).
declare module 'decap-cms-widget-markdown/dist/esm/serializers/remarkSlate.js' {
  export default function remarkToSlate(options?: { voidCodeBlock?: boolean }): (tree: import('mdast').Root) => unknown;
}

// Decap's store and backend, read by cms-entries.ts (the same instances decap-cms-core runs).
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    getState(): {
      config: { publish_mode?: string };
      collections: { get(name: string): unknown };
    };
  };
}

declare module 'decap-cms-core/dist/esm/backend.js' {
  export function currentBackend(config: unknown): {
    listAllEntries(collection: unknown): Promise<unknown[]>;
    unpublishedEntries(collections: unknown): Promise<{ entries: unknown[] }>;
  };
}
