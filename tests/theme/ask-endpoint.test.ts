/** site.yaml `askForm.endpoint`: https only (plain http on the loopback host alone, for tests). */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../content-schemas/site.ts';

const askForm = siteSchema.shape.askForm;
const operator = 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh';

describe('askForm.endpoint', () => {
  it('is optional', () => {
    expect(askForm.safeParse(undefined).success).toBe(true);
  });

  it.each(['https://hoidap.hcm.edu.vn/gui', 'https://hoidap.hcm.edu.vn', 'http://127.0.0.1:8123/gui'])(
    'accepts %s',
    (endpoint) => {
      expect(askForm.safeParse({ endpoint, operator }).success).toBe(true);
    },
  );

  it.each(['http://hoidap.hcm.edu.vn/gui', 'ftp://hoidap.hcm.edu.vn', 'hoidap.hcm.edu.vn/gui', 'javascript:alert(1)'])(
    'refuses %s, in Vietnamese and English',
    (endpoint) => {
      const result = askForm.safeParse({ endpoint, operator });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'Địa chỉ nhận câu hỏi phải bắt đầu bằng https:// / The form endpoint must be an https:// address',
      );
    },
  );

  it('needs the operator named for the privacy notice', () => {
    expect(askForm.safeParse({ endpoint: 'https://hoidap.hcm.edu.vn/gui' }).success).toBe(false);
  });
});
