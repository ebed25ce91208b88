/**
 * A real deployment whose `cms:` settings are incomplete (no OAuth proxy for
 * GitHub, no OAuth application id for GitLab, Gitea or Forgejo) cannot log in:
 * Decap would still show "Đăng nhập bằng GitHub" and send the editor to Netlify's
 * service. The admin shows this screen instead, in Vietnamese, with what the IT
 * office must set; the build prints the same problems (content-schemas/cms/backend.ts).
 */
const STYLE = 'font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2937';

/** The Vietnamese half of a bilingual build warning ("… / English …"). */
export function vietnameseHalf(problem: string): string {
  return problem.split(' / ')[0]?.trim() ?? problem;
}

export function showSetupScreen(problems: string[], siteName: string): void {
  const main = document.createElement('main');
  main.setAttribute('style', STYLE);
  const heading = document.createElement('h1');
  heading.textContent = 'Trang quản trị chưa được kết nối với kho nội dung';
  const intro = document.createElement('p');
  intro.textContent = `Chưa đăng nhập được vào trang quản trị của ${siteName} vì phần cài đặt kỹ thuật (mục cms trong site.yaml) còn thiếu:`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = vietnameseHalf(problem);
    list.append(item);
  }
  const next = document.createElement('p');
  next.textContent =
    'Đây là việc của bộ phận công nghệ thông tin phụ trách cổng (Phòng hoặc Sở): hãy gửi cho họ nội dung trang này. Nội dung trên cổng không bị ảnh hưởng.';
  main.append(heading, intro, list, next);
  document.body.replaceChildren(main);
}
