/**
 * The admin app served at `/admin/`: Decap CMS core with only what the portal
 * uses (GitHub, GitLab, Gitea, Forgejo and the local proxy backends; the widgets
 * our schemas map to), the completed Vietnamese UI, safe preview templates and
 * the save hooks. Bundled with React by esbuild (see bundle.ts); the page loads
 * nothing from outside the site.
 *
 * decap-cms-app registers every backend, widget and 30 locales; picking the
 * same packages (the versions decap-cms-app pins) leaves out the map widget
 * (OpenLayers), the code widget (CodeMirror), Azure, Bitbucket and Git Gateway.
 */
import {
  DecapCmsCore as CMS,
  type CmsWidgetControlProps,
  type CmsWidgetPreviewProps,
  type PreviewTemplateComponentProps,
} from 'decap-cms-core';
import type { ComponentType } from 'react';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import StringWidget from 'decap-cms-widget-string';
import NumberWidget from 'decap-cms-widget-number';
import TextWidget from 'decap-cms-widget-text';
import ImageWidget from 'decap-cms-widget-image';
import FileWidget from 'decap-cms-widget-file';
import SelectWidget from 'decap-cms-widget-select';
import MarkdownWidget from 'decap-cms-widget-markdown';
import ListWidget from 'decap-cms-widget-list';
import ObjectWidget from 'decap-cms-widget-object';
import BooleanWidget from 'decap-cms-widget-boolean';
import ColorWidget from 'decap-cms-widget-colorstring';
import imageComponent from 'decap-cms-editor-component-image';
import { vi } from './locales/vi.ts';
import { NewsPreview, DocumentPreview, DisclosurePreview, PagePreview } from './preview/templates.ts';
import previewCss from './preview/preview.css';
import phoneCss from './phone.css';
import { prepareForSave } from './save-hooks.ts';
import { friendlyNetworkErrors, guardUploads } from './upload-guard.ts';
import { AudienceControl, AudiencePreview } from './audience-widget.ts';
import { DateControl, DatePreview } from './date-widget.ts';
import { GroupedSelectControl, GroupedSelectPreview } from './grouped-select.ts';
import { showSetupScreen } from './setup-screen.ts';
import { videoComponent } from './video-component.ts';
import { handleHtmlPastes } from './paste/paste-handler.ts';
import { showNotice } from './notice.ts';
import { cmsEntries } from './cms-entries.ts';
import type { CollectionSaveRules, SaveRules } from '../../../content-schemas/cms/save-rules.ts';

// Each backend refuses uploads the build would refuse and words a lost connection in Vietnamese (upload-guard.ts).
CMS.registerBackend('github', friendlyNetworkErrors(guardUploads(GitHubBackend)));
CMS.registerBackend('gitlab', friendlyNetworkErrors(guardUploads(GitLabBackend)));
CMS.registerBackend('gitea', friendlyNetworkErrors(guardUploads(GiteaBackend)));
CMS.registerBackend('forgejo', friendlyNetworkErrors(guardUploads(ForgejoBackend)));
CMS.registerBackend('proxy', friendlyNetworkErrors(guardUploads(ProxyBackend)));

for (const widget of [
  StringWidget,
  NumberWidget,
  TextWidget,
  ImageWidget,
  FileWidget,
  SelectWidget,
  MarkdownWidget,
  ListWidget,
  ObjectWidget,
  BooleanWidget,
  ColorWidget,
]) {
  CMS.registerWidget(widget.Widget());
}
// Dates as dd/mm/yyyy whatever the browser's language, under Decap's own widget name (date-widget.ts).
CMS.registerWidget(
  'datetime',
  DateControl as unknown as ComponentType<CmsWidgetControlProps>,
  DatePreview as unknown as ComponentType<CmsWidgetPreviewProps>,
);
// Công khai's «Mục công khai», filtered by the chosen «Nhóm nội dung» (grouped-select.ts).
CMS.registerWidget(
  'grouped-select',
  GroupedSelectControl as unknown as ComponentType<CmsWidgetControlProps>,
  GroupedSelectPreview as unknown as ComponentType<CmsWidgetPreviewProps>,
);
// "Gửi đến các đơn vị" of a Phòng or Sở: Decap has no widget for `audience`'s union.
CMS.registerWidget(
  'audience',
  AudienceControl as unknown as ComponentType<CmsWidgetControlProps>,
  AudiencePreview as unknown as ComponentType<CmsWidgetPreviewProps>,
);

// The image button of the Markdown editor, with Vietnamese labels (upstream's are English).
const IMAGE_LABELS: Record<string, string> = {
  image: 'Ảnh',
  alt: 'Mô tả ảnh (bắt buộc)',
  title: 'Chú thích khi rê chuột',
};
CMS.registerEditorComponent({
  ...imageComponent,
  label: 'Ảnh',
  fields: imageComponent.fields.map((f) => ({ ...f, label: IMAGE_LABELS[f.name] ?? f.label })),
} as typeof imageComponent);

// «Video»: a YouTube/Facebook link card or the school's own file, never a third-party player (video-component.ts).
CMS.registerEditorComponent(videoComponent);
// Tables, bold and videos pasted from Word or a web page survive the paste (paste/).
handleHtmlPastes();

// No English fallback is registered: a missing key would show as its key, and the test suite catches it first.
CMS.registerLocale('vi', vi);

// Decap's preview props are typed loosely (JSX.Element); ours return ReactNode.
type Template = ComponentType<PreviewTemplateComponentProps>;
CMS.registerPreviewTemplate('news', NewsPreview as unknown as Template);
CMS.registerPreviewTemplate('documents', DocumentPreview as unknown as Template);
CMS.registerPreviewTemplate('pages', PagePreview as unknown as Template);
CMS.registerPreviewTemplate('disclosures', DisclosurePreview as unknown as Template);

CMS.registerPreviewStyle(previewCss, { raw: true });
// Per-school colours: the generated index.html carries them as <meta> (no inline script needed).
const primary = document.querySelector<HTMLMetaElement>('meta[name="cong-truong:primary"]')?.content ?? '';
if (/^#[0-9a-fA-F]{6}$/.test(primary)) CMS.registerPreviewStyle(`:root{--ct-primary:${primary}}`, { raw: true });

// Labels and extra checks per collection, generated with config.yml (content-schemas/cms/save-rules.ts).
const saveRules = JSON.parse(
  document.querySelector<HTMLMetaElement>('meta[name="cong-truong:save-rules"]')?.content || '{}',
) as SaveRules;

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: ImmutableMap<string, unknown> }) => {
    const data = (entry.get('data') as ImmutableMap<string, unknown>).toJS() as Record<string, unknown>;
    const collection = String(entry.get('collection') ?? '');
    const rules: Partial<CollectionSaveRules> = saveRules[collection] ?? {};
    const slug = entry.get('newRecord') ? undefined : String(entry.get('slug') ?? '');
    const warn = (lines: string[]) => showNotice('Bài được lưu, nhưng những phần sau sẽ không hiện trên cổng:', lines);
    // A lost connection here is not a reason to refuse: the list from the last build still applies.
    const entries = rules.unique ? await cmsEntries(collection).catch(() => undefined) : undefined;
    return fromJS(prepareForSave(data, rules, { slug, warn, entries }));
  },
});

// Phone layout over Decap's styles (phone.css). On a narrow screen the preview starts
// hidden: it is a full-width toggle there, and the form comes first.
const phoneStyle = document.createElement('style');
phoneStyle.textContent = phoneCss;
document.head.append(phoneStyle);
const PREVIEW_PREFERENCE = 'cms.right-pane';
if (matchMedia('(max-width: 799px)').matches && localStorage.getItem(PREVIEW_PREFERENCE) === null)
  localStorage.setItem(PREVIEW_PREFERENCE, 'none');

// Backend settings incomplete on a real deployment: explain, instead of a login that leads nowhere.
const setupProblems = JSON.parse(
  document.querySelector<HTMLMetaElement>('meta[name="cong-truong:setup-problems"]')?.content || '[]',
) as string[];
if (setupProblems.length) showSetupScreen(setupProblems, document.title.replace(/^Quản trị nội dung – /, ''));
else CMS.init();
