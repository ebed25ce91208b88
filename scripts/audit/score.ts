/**
 * The score (0–100) and its band. Documented in README.md and in the HTML report:
 *
 *   weight: lỗi 10, cảnh báo 3, thông tin 0
 *   rule penalty     = min(sum of its findings' weights, 2 × the weight of its worst finding)
 *   category penalty = min(sum of its rules' penalties, the category cap)
 *   score            = max(0, 100 − sum of category penalties)
 *
 * The per-rule cap keeps one repeated problem (forty images without alt) from
 * outweighing many different ones; the category caps keep each area in proportion.
 */
import type { Category, Finding, Severity } from './types.ts';

export const WEIGHTS: Record<Severity, number> = { error: 10, warning: 3, info: 0 };

export const CATEGORY_CAPS: Record<Category, number> = {
  'noi-dung': 40,
  'cong-khai': 30,
  'bo-cuc': 10,
  'ky-thuat': 15,
  'an-toan': 30,
  'dia-phuong': 10,
};

export const BANDS: { min: number; label: string }[] = [
  { min: 90, label: 'Xuất sắc' },
  { min: 80, label: 'Tốt' },
  { min: 70, label: 'Khá' },
  { min: 50, label: 'Trung bình' },
  { min: 0, label: 'Yếu' },
];

export function band(score: number): string {
  return BANDS.find((b) => score >= b.min)?.label ?? 'Yếu';
}

export function penalties(findings: readonly Finding[]): Partial<Record<Category, number>> {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const byCategory: Partial<Record<Category, number>> = {};
  for (const list of byRule.values()) {
    const sum = list.reduce((s, f) => s + WEIGHTS[f.severity], 0);
    const worst = Math.max(...list.map((f) => WEIGHTS[f.severity]));
    const category = list[0]?.category as Category;
    byCategory[category] = (byCategory[category] ?? 0) + Math.min(sum, 2 * worst);
  }
  for (const key of Object.keys(byCategory) as Category[])
    byCategory[key] = Math.min(byCategory[key] ?? 0, CATEGORY_CAPS[key]);
  return byCategory;
}

export function score(findings: readonly Finding[]): number {
  const total = Object.values(penalties(findings)).reduce((s, p) => s + (p ?? 0), 0);
  return Math.max(0, 100 - total);
}
