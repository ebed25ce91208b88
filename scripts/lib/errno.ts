/**
 * What the common system errors mean for someone building a school site, and what
 * to do about them, in Vietnamese and English. Used for errors thrown in the build
 * process (`error.code`) and for errors that a child process (Astro, Pagefind) only
 * printed, so the same advice appears whichever part hit the problem.
 */

export interface ErrnoHelp {
  code: string;
  vi: string;
  en: string;
  fixVi: string;
  fixEn: string;
}

type Help = Omit<ErrnoHelp, 'code'>;

const PERMISSION: Help = {
  vi: 'không có quyền đọc hoặc ghi tệp này',
  en: 'no permission to read or write this file',
  fixVi:
    'cho người dùng chạy lệnh quyền đọc thư mục của trường và quyền ghi thư mục kết quả (chown/chmod), hoặc chọn --out-dir khác',
  fixEn:
    "give the user running the build read access to the site's folder and write access to the output folder (chown/chmod), or choose another --out-dir",
};

const TOO_MANY_FILES: Help = {
  vi: 'mở quá nhiều tệp cùng lúc',
  en: 'too many files open at once',
  fixVi: 'dựng ít trường cùng lúc hơn (--concurrency 1) hoặc nâng giới hạn số tệp mở (ulimit -n 4096), rồi dựng lại',
  fixEn:
    'build fewer sites at a time (--concurrency 1) or raise the open-file limit (ulimit -n 4096), then build again',
};

const HELP: Record<string, Help> = {
  ENOSPC: {
    vi: 'ổ đĩa đã đầy',
    en: 'the disk is full',
    fixVi:
      'giải phóng dung lượng trên ổ chứa thư mục kết quả và thư mục tạm (xóa bản dựng cũ, bộ nhớ đệm node_modules/.astro), rồi dựng lại',
    fixEn:
      'free some space on the disk that holds the output folder and the temp folder (old builds, the node_modules/.astro cache), then build again',
  },
  EACCES: PERMISSION,
  EPERM: PERMISSION,
  EROFS: {
    vi: 'ổ đĩa chỉ cho đọc, không ghi được',
    en: 'the disk is read-only',
    fixVi: 'chọn thư mục kết quả (--out-dir) và thư mục tạm (TMPDIR) trên ổ ghi được',
    fixEn: 'choose an output folder (--out-dir) and a temp folder (TMPDIR) on a writable disk',
  },
  ENOENT: {
    vi: 'không tìm thấy tệp hoặc thư mục (có thể là liên kết tượng trưng trỏ tới nơi không còn)',
    en: 'no such file or folder (perhaps a symbolic link to something that is gone)',
    fixVi: 'tạo lại hoặc tải lên lại tệp đó; nếu là liên kết tượng trưng thì xóa nó hoặc thay bằng tệp thật',
    fixEn: 'create or upload the file again; if it is a symbolic link, delete it or replace it with the real file',
  },
  ELOOP: {
    vi: 'liên kết tượng trưng trỏ vòng tròn (trỏ về chính nó)',
    en: 'a symbolic link points in a loop (back to itself)',
    fixVi: 'xóa liên kết đó hoặc thay bằng tệp thật',
    fixEn: 'delete the link or replace it with the real file',
  },
  ENOTDIR: {
    vi: 'một phần của đường dẫn là tệp, không phải thư mục',
    en: 'part of the path is a file, not a folder',
    fixVi: 'đổi tên hoặc xóa tệp trùng tên với thư mục',
    fixEn: 'rename or delete the file that has the name of a folder',
  },
  EISDIR: {
    vi: 'đường dẫn là thư mục, không phải tệp',
    en: 'the path is a folder, not a file',
    fixVi: 'đổi tên hoặc xóa thư mục trùng tên với tệp',
    fixEn: 'rename or delete the folder that has the name of a file',
  },
  EMFILE: TOO_MANY_FILES,
  ENFILE: TOO_MANY_FILES,
  EXDEV: {
    vi: 'không chuyển được tệp sang ổ đĩa khác',
    en: 'a file could not be moved to another disk',
    fixVi: 'đặt thư mục tạm (TMPDIR) trên cùng ổ với thư mục kết quả, rồi dựng lại',
    fixEn: 'put the temp folder (TMPDIR) on the same disk as the output folder, then build again',
  },
  ENOMEM: {
    vi: 'hết bộ nhớ',
    en: 'out of memory',
    fixVi: 'dựng ít trường cùng lúc hơn (--concurrency 1) hoặc dùng máy nhiều bộ nhớ hơn',
    fixEn: 'build fewer sites at a time (--concurrency 1) or use a machine with more memory',
  },
};

/**
 * How each error reads in the text a child printed: Node's code, or the C/Rust
 * wording. Only errors about the machine (disk, permissions, limits): a "not found"
 * in printed text names too many things to advise on.
 */
const PRINTED: [RegExp, string][] = [
  [/\bENOSPC\b|No space left on device|StorageFull/, 'ENOSPC'],
  [/\bEROFS\b|Read-only file system/, 'EROFS'],
  [/\bEACCES\b|\bEPERM\b|Permission denied|PermissionDenied/, 'EACCES'],
  [/\bE[MN]FILE\b|Too many open files/, 'EMFILE'],
  [/\bELOOP\b|Too many levels of symbolic links/, 'ELOOP'],
  [/\bEXDEV\b/, 'EXDEV'],
  [/\bENOMEM\b|heap out of memory|Cannot allocate memory/, 'ENOMEM'],
];

/** The explanation, ending with the code itself ("ổ đĩa đã đầy (ENOSPC)") for searching the web. */
export function errnoHelp(code: string | undefined): ErrnoHelp | undefined {
  const help = code ? HELP[code] : undefined;
  return help && code ? { ...help, code, vi: `${help.vi} (${code})`, en: `${help.en} (${code})` } : undefined;
}

/** The system error a thrown value carries, if it is one we explain. */
export function errnoOf(error: unknown): ErrnoHelp | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? errnoHelp(code) : undefined;
}

/** The first system error named in printed output, most telling first. */
export function errnoInText(text: string): ErrnoHelp | undefined {
  return errnoHelp(PRINTED.find(([pattern]) => pattern.test(text))?.[1]);
}
