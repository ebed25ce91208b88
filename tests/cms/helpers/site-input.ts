/** A complete site.yaml of a THCS as tests write it by hand, before the schema parses it. */
export function schoolSiteInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Trường Trung học cơ sở Thử Nghiệm',
    shortName: 'THCS Thử Nghiệm',
    unitType: 'truong',
    level: 'thcs',
    parent: { name: 'UBND phường Đông Hòa' },
    responsible: { name: 'Trần Văn Bình', position: 'Hiệu trưởng' },
    address: '5 đường Số 3, phường Đông Hòa',
    phone: '028 3896 1234',
    email: 'thcsthunghiem@hcm.edu.vn',
    domain: 'thcsthunghiem.hcm.edu.vn',
    logo: { src: '/logo.svg', alt: 'Biểu trưng' },
    theme: { primary: '#0b4f8a' },
    editorialBoard: { head: { name: 'Trần Văn Bình', position: 'Hiệu trưởng' } },
    cms: { backend: 'github', repo: 'phonggd/thu-nghiem', baseUrl: 'https://oauth.phonggd.example.vn' },
    ...overrides,
  };
}
