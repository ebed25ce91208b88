/**
 * Decap's Vietnamese UI, completed. decap-cms-locales ships `vi` with 171 of the
 * 248 English keys (the rest would show in English: notes pane, i18n toggles,
 * Markdown toolbar, multi-file pickers…). `completion` adds every missing key and
 * `corrections` fixes upstream strings that are English, truncated or unclear.
 * tests/cms/locale.test.ts fails if a key of `en` is missing here.
 *
 * Wording follows what schools call things: "bài" for an entry, "Ban biên tập"
 * for the workflow, "tệp" for a file, "ảnh" for an image.
 */
import upstream from 'decap-cms-locales/dist/esm/vi/index.js';

export type Phrases = { [key: string]: string | Phrases };

const completion: Phrases = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: {
      unpublishedHeader: 'Bài chưa đăng',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'Trường %{widgetLabel}',
      },
    },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền nội dung từ ngôn ngữ %{locale}?\nToàn bộ nội dung hiện có sẽ bị thay thế.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với Ban biên tập.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Huỷ',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đánh dấu đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn có chắc muốn xoá ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Bài đang ở trạng thái nháp. Khi viết xong, hãy chuyển sang «Chờ duyệt» để gửi Ban biên tập.',
      statusInfoTooltipInReview:
        'Bài đang chờ Ban biên tập duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa bài trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: {
          rich: 'Chuyển sang chế độ soạn thảo trực quan',
          markdown: 'Chuyển sang chế độ Markdown',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ URL',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ URL của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Gỡ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ URL',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ URL của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Gỡ tất cả tệp',
      },
      datetime: {
        setToNow: 'Đặt «%{fieldLabel}» là hôm nay',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở rộng',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ URL',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Tài khoản',
    },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

/** Upstream strings that are English, cut short or misleading for a school. */
const corrections: Phrases = {
  auth: {
    errors: {
      identitySettings:
        'Không truy cập được thiết lập danh tính. Khi dùng git-gateway, hãy bật dịch vụ Identity và Git Gateway.',
    },
  },
  app: {
    header: { media: 'Ảnh và tệp' },
  },
  collection: {
    sidebar: { collections: 'Mục nội dung', allCollections: 'Tất cả mục nội dung' },
    collectionTop: { viewAs: 'Xem dạng', newButton: 'Thêm %{collectionLabel}' },
  },
  editor: {
    // Our patterns carry a full Vietnamese sentence ("Ghi theo dạng 2025-2026."), not a regex.
    editorControlPane: { widget: { regexPattern: '«%{fieldLabel}» chưa đúng: %{pattern}' } },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      inReview: 'Chờ duyệt',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
    },
    editorWidgets: {
      markdown: { markdown: 'Markdown (mã nguồn)' },
      image: { choose: 'Chọn ảnh', chooseDifferent: 'Chọn ảnh khác', remove: 'Gỡ ảnh' },
      file: { choose: 'Chọn tệp', chooseDifferent: 'Chọn tệp khác', remove: 'Gỡ tệp' },
    },
  },
  mediaLibrary: {
    mediaLibraryModal: {
      mediaAssets: 'Ảnh và tệp',
      deleteSelected: 'Xoá mục đã chọn',
      chooseSelected: 'Dùng mục đã chọn',
    },
  },
  ui: {
    toast: {
      onFailToPersist: 'Chưa lưu được bài: %{details}',
      onFailToAuth: 'Đăng nhập không thành công: %{details}',
      entrySaved: 'Đã lưu bài',
      entryPublished: 'Đã đăng bài',
      entryUnpublished: 'Đã gỡ bài khỏi cổng',
      // Upstream writes {details} without the %, so the link never appears.
      onBackendDown: 'Máy chủ lưu nội dung đang gặp sự cố. Xem %{details} để biết thêm.',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: 'Quy trình duyệt bài',
      // Upstream "D MMMM" prints English month names; the portal writes dates as 05/09/2025.
      dateFormat: 'DD/MM/YYYY',
    },
    workflowCard: { lastChangeNoAuthor: 'Sửa lần cuối %{date}' },
    workflowList: { inReviewHeader: 'Chờ duyệt' },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

export const vi: Phrases = merge(merge(upstream as Phrases, completion), corrections);

/** How many keys we add on top of upstream (reported by the locale test). */
export const completionPhrases = completion;
export const correctedPhrases = corrections;
