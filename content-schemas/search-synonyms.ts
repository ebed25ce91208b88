/**
 * School abbreviations and synonyms the site search understands, as data.
 *
 * At query time a word equal to one of `short` (case, tone marks and đ/d ignored) is
 * replaced by `long`, so "tkb" searches "thời khóa biểu". At index time a page whose
 * text contains one of `short` as a whole word also becomes findable by `long`, so
 * "thời khóa biểu" finds a notice that only writes "TKB". Entries marked
 * `indexAlias: false` are too ambiguous in running text ("TS." also means tiến sĩ)
 * and are expanded in queries only.
 */
export interface SearchSynonym {
  /** Abbreviations as people type them, lower case. */
  short: readonly string[];
  /** The full form, in NFC with its tone marks. */
  long: string;
  /** Whether pages that write the abbreviation are also indexed under the full form. Default true. */
  indexAlias?: boolean;
}

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  { short: ['tkb'], long: 'thời khóa biểu' },
  { short: ['phhs'], long: 'phụ huynh học sinh' },
  { short: ['cmhs'], long: 'cha mẹ học sinh' },
  { short: ['gvcn'], long: 'giáo viên chủ nhiệm' },
  { short: ['gvbm'], long: 'giáo viên bộ môn' },
  { short: ['gv'], long: 'giáo viên' },
  { short: ['bgh'], long: 'ban giám hiệu' },
  { short: ['ht'], long: 'hiệu trưởng', indexAlias: false },
  { short: ['pht'], long: 'phó hiệu trưởng' },
  { short: ['hs'], long: 'học sinh' },
  { short: ['hsg'], long: 'học sinh giỏi' },
  { short: ['mn'], long: 'mầm non', indexAlias: false },
  { short: ['thcs'], long: 'trung học cơ sở' },
  { short: ['thpt'], long: 'trung học phổ thông' },
  { short: ['gdtx'], long: 'giáo dục thường xuyên' },
  { short: ['gdđt', 'gd&đt'], long: 'giáo dục và đào tạo' },
  { short: ['bgdđt'], long: 'bộ giáo dục và đào tạo' },
  { short: ['sgdđt'], long: 'sở giáo dục và đào tạo' },
  { short: ['ubnd'], long: 'ủy ban nhân dân' },
  { short: ['ts10'], long: 'tuyển sinh lớp 10' },
  { short: ['ts6'], long: 'tuyển sinh lớp 6' },
  { short: ['ts1'], long: 'tuyển sinh lớp 1' },
  { short: ['ts'], long: 'tuyển sinh', indexAlias: false },
  { short: ['hk1', 'hki'], long: 'học kỳ I' },
  { short: ['hk2', 'hkii'], long: 'học kỳ II' },
  { short: ['sgk'], long: 'sách giáo khoa' },
  { short: ['đtn'], long: 'đoàn thanh niên' },
  { short: ['tntp'], long: 'thiếu niên tiền phong' },
  { short: ['clb'], long: 'câu lạc bộ' },
  { short: ['bhyt'], long: 'bảo hiểm y tế' },
  { short: ['csvc'], long: 'cơ sở vật chất' },
  { short: ['khgd'], long: 'kế hoạch giáo dục' },
  { short: ['vsattp'], long: 'vệ sinh an toàn thực phẩm' },
  { short: ['attp'], long: 'an toàn thực phẩm' },
  { short: ['pccc'], long: 'phòng cháy chữa cháy' },
  { short: ['gdcd'], long: 'giáo dục công dân' },
  { short: ['gdtc'], long: 'giáo dục thể chất' },
  { short: ['tt'], long: 'thông tư', indexAlias: false },
  { short: ['qđ'], long: 'quyết định', indexAlias: false },
  { short: ['cv'], long: 'công văn', indexAlias: false },
];
