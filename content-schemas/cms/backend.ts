/**
 * The Git backend from `site.yaml` `cms`, and whether the review workflow
 * (Nháp → Chờ duyệt → Sẵn sàng → Đăng) is available on it.
 *
 * - GitHub: the browser cannot finish GitHub's OAuth on its own (no CORS on the
 *   token endpoint), so `base_url` must point at an OAuth proxy the school or
 *   district runs. Without it Decap would send editors to Netlify's service.
 * - GitLab (gitlab.com or a district GitLab CE): PKCE in the browser with the
 *   `app_id` of a non-confidential OAuth application; no extra server.
 * - Forgejo (≥ 1.21.4): PKCE with `app_id` too, and Decap's Forgejo backend
 *   (decap-cms-backend-forgejo 3.4) runs the review workflow on pull requests.
 * - Gitea: PKCE as well, but Decap's Gitea backend throws "does not support
 *   editorial workflow", so it publishes directly ("simple").
 */
import type { SiteConfig } from '../site.ts';
import type { CmsBackend, CmsConfig } from './types.ts';

/** Commit messages in Vietnamese, so the school's Git history reads in its language. */
export const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}} “{{slug}}”',
  update: 'Sửa {{collection}} “{{slug}}”',
  delete: 'Xoá {{collection}} “{{slug}}”',
  uploadMedia: 'Tải lên “{{path}}”',
  deleteMedia: 'Xoá tệp “{{path}}”',
} as const;

export const WORKFLOW_BACKENDS: readonly CmsBackend['name'][] = ['github', 'gitlab', 'forgejo'];

export interface BackendResult {
  backend: CmsBackend;
  publishMode: CmsConfig['publish_mode'];
  /** Setup problems an integrator must fix (printed at build, written into config.yml). */
  warnings: string[];
  /** Origins the admin talks to, for the page's Content-Security-Policy. */
  origins: string[];
}

function origin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** `https://git.sogd.vn/api/v1` → `https://git.sogd.vn` (the web UI that hosts the OAuth pages). */
function webRoot(apiRoot: string | undefined): string | undefined {
  return apiRoot?.replace(/\/api\/v\d+\/?$/, '').replace(/\/$/, '');
}

export function cmsBackend(cms: SiteConfig['cms']): BackendResult {
  const warnings: string[] = [];
  const backend: CmsBackend = {
    name: cms.backend,
    repo: cms.repo,
    branch: cms.branch,
    commit_messages: { ...COMMIT_MESSAGES },
  };
  if (cms.apiRoot) backend.api_root = cms.apiRoot;
  if (cms.backend === 'github') {
    if (cms.baseUrl) backend.base_url = cms.baseUrl;
    else
      warnings.push(
        'GitHub: thiếu cms.baseUrl (máy chủ OAuth) nên không đăng nhập được. / GitHub needs cms.baseUrl, the URL of an OAuth proxy.',
      );
  } else {
    backend.base_url =
      cms.baseUrl ?? webRoot(cms.apiRoot) ?? (cms.backend === 'gitlab' ? 'https://gitlab.com' : undefined);
    if (!backend.base_url) delete backend.base_url;
    if (cms.appId) backend.app_id = cms.appId;
    else
      warnings.push(
        `${cms.backend}: thiếu cms.appId (mã ứng dụng OAuth) nên không đăng nhập được. / ${cms.backend} needs cms.appId (OAuth application id).`,
      );
  }
  if (cms.backend === 'gitlab') backend.auth_type = 'pkce';
  if ((cms.backend === 'gitea' || cms.backend === 'forgejo') && !cms.apiRoot) {
    warnings.push(
      `${cms.backend}: thiếu cms.apiRoot, ví dụ https://git.sogd.vn/api/v1. / ${cms.backend} needs cms.apiRoot.`,
    );
  }
  const publishMode = WORKFLOW_BACKENDS.includes(cms.backend) ? 'editorial_workflow' : 'simple';
  const defaults: Record<CmsBackend['name'], string> = {
    github: 'https://api.github.com',
    gitlab: 'https://gitlab.com',
    gitea: '',
    forgejo: '',
  };
  const origins = [origin(cms.apiRoot) ?? defaults[cms.backend], origin(backend.base_url)].filter((o): o is string =>
    Boolean(o),
  );
  return { backend, publishMode, warnings, origins: [...new Set(origins)] };
}
