/** What is timed: the inbox, the dossier list with filters, and the search without diacritics. */
export function queries(data) {
  const enc = encodeURIComponent;
  return [
    { group: 'base', label: 'GET /api/award-types (đăng nhập, không tính toán)', as: 'clerk.07234', path: '/api/award-types' },
    { group: 'inbox', label: 'Hộp việc (scope=candidate), trang 1', as: 'clerk.07234', path: '/api/tasks?scope=candidate&pageSize=50' },
    { group: 'inbox', label: 'Hộp việc (scope=candidate), trang 5', as: 'clerk.07234', path: '/api/tasks?scope=candidate&page=5&pageSize=50' },
    { group: 'list', label: 'Hồ sơ: status + awardTypeCode', as: 'supervisor.24', path: `/api/dossiers?status=in_progress&awardTypeCode=${enc(data.awards.includes('BK-CT-TINH') ? 'BK-CT-TINH' : data.awards[0])}&pageSize=50` },
    { group: 'list', label: 'Hồ sơ: localityId (huyện) + submittedFrom/To', as: 'supervisor.24', path: `/api/dossiers?localityId=${data.districtId}&submittedFrom=2025-01-01&submittedTo=2025-06-30&pageSize=50` },
    { group: 'list', label: 'Hồ sơ: status=closed, trang 3', as: 'clerk.07234', path: '/api/dossiers?status=closed&page=3&pageSize=50' },
    { group: 'list', label: 'Hồ sơ: movementId + status', as: 'admin', path: `/api/dossiers?movementId=${data.movementId}&status=in_progress&pageSize=50` },
    { group: 'search', label: 'Hồ sơ q="khen thuong" (rất nhiều kết quả)', as: 'supervisor.24', path: `/api/dossiers?q=${enc('khen thuong')}&pageSize=50` },
    { group: 'search', label: 'Hồ sơ q="nguyen van hung" (tên người)', as: 'supervisor.24', path: `/api/dossiers?q=${enc('nguyen van hung')}&pageSize=50` },
    { group: 'search', label: 'Hồ sơ q="chien si thi dua" (xã)', as: 'clerk.07234', path: `/api/dossiers?q=${enc('chien si thi dua')}&pageSize=50` },
    { group: 'search', label: 'Hồ sơ q="Đặng Thị Bích" (có dấu)', as: 'admin', path: `/api/dossiers?q=${enc('Đặng Thị Bích')}&pageSize=50` },
    { group: 'search', label: 'Hồ sơ q="hs-b-00012" (mã)', as: 'admin', path: `/api/dossiers?q=${enc('hs-b-00012')}&pageSize=50` },
    { group: 'search', label: 'Người được đề nghị q="tran thi thu"', as: 'supervisor.24', path: `/api/nominees?q=${enc('tran thi thu')}&pageSize=50` },
    { group: 'search', label: 'Người được đề nghị q="truong thon" (xã)', as: 'clerk.07234', path: `/api/nominees?q=${enc('truong thon')}&pageSize=50` },
  ];
}
