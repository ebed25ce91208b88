/** `/api/v1/van-ban.json`: the whole published document register, every metadata field. */
import { z } from 'astro/zod';
import { documentSchema } from '../collections/documents.ts';
import { absoluteUrl, apiFile, fileLinks, isoDay, labelOf, like } from './fields.ts';

const d = documentSchema().shape;

export const documentItemSchema = z
  .object({
    slug: z.string().min(1).meta({ title: 'Mã văn bản (đường dẫn)', en: 'Slug' }),
    title: d.title,
    number: d.number,
    type: d.type,
    typeLabel: labelOf(d.type),
    issuer: d.issuer,
    issuerLevel: d.issuerLevel,
    issuerLevelLabel: labelOf(d.issuerLevel),
    signer: d.signer,
    issued: isoDay(like(d.issued)),
    effective: isoDay(like(d.effective)).optional(),
    schoolYear: d.schoolYear,
    legacyForm: d.legacyForm,
    url: absoluteUrl({ title: 'Địa chỉ trang văn bản', en: 'Document page URL' }),
    files: fileLinks(d.files, 1),
    audience: d.audience,
  })
  .meta({ title: 'Văn bản', en: 'Document' });

export const documentsApiSchema = apiFile(
  { title: 'Văn bản', en: 'Documents', description: 'Toàn bộ văn bản đã đăng, mới ban hành trước; không có bản nháp.' },
  { items: z.array(documentItemSchema).meta({ title: 'Văn bản', en: 'Documents' }) },
);

export type DocumentsApi = z.output<typeof documentsApiSchema>;
