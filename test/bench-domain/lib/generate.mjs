/**
 * Fills a migrated, demo-seeded database with a commendation office's worth of rows, in
 * batched INSERT … SELECT generate_series statements (the server builds the rows; this
 * process only sends the vocabularies). Ids are md5 of the row number, so nominees and tasks
 * find their dossier without a lookup. Folded search text comes from the app's own
 * foldVietnamese, computed here once per word, so the stored columns match what the api writes.
 */
import domain from '@vinh-danh/domain';

const { foldVietnamese } = domain;

const TITLES = [
  'Đề nghị khen thưởng phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"',
  'Đề nghị tặng Bằng khen cho hộ thoát nghèo bền vững',
  'Khen thưởng thành tích xây dựng nông thôn mới',
  'Đề nghị tặng Giấy khen tập thể lao động tiên tiến',
  'Tờ trình khen thưởng Chiến sĩ thi đua cơ sở',
  'Đề nghị khen thưởng đột xuất phòng chống thiên tai',
  'Khen thưởng tổng kết phong trào thi đua yêu nước',
  'Đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thu'];
const GIVEN = [
  'An', 'Anh', 'Ánh', 'Bảo', 'Bích', 'Bình', 'Chi', 'Cường', 'Dũng', 'Dung', 'Đào', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền', 'Hiếu',
  'Hoa', 'Hoà', 'Hồng', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Lan', 'Linh', 'Loan', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngân', 'Nghĩa',
  'Ngọc', 'Nhung', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thành', 'Thủy', 'Tiến', 'Trang',
  'Trung', 'Tuấn', 'Tùng', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Xuân', 'Yến',
];
const ROLES = ['Trưởng thôn', 'Chủ tịch Hội Nông dân xã', 'Bí thư Chi bộ', 'Chủ tịch Hội Liên hiệp Phụ nữ', 'Giáo viên', 'Công an viên'];

const BENCH_START = '2024-03-01T01:00:00Z';
const SPAN_SECONDS = 730 * 86_400; // two years of filing, newest near the demo clock

/** Statuses by `i % 20`: 10% draft, 60% in progress, 25% closed, 5% failed. */
const STATUS_SQL = `CASE WHEN i % 20 < 2 THEN 'draft' WHEN i % 20 < 14 THEN 'in_progress' WHEN i % 20 < 19 THEN 'closed' ELSE 'failed' END`;
/** A well-mixed non-negative number from a row number (PostgreSQL's own int4 hash), so picks do not line up. */
const MIX = (expr, modulo) => `((hashint4(${expr})::bigint + 2147483648) % ${modulo})`;
/** Every fifth dossier is filed at the busy commune; the rest spread over the other communes. */
const LOCALITY_SQL = (i) => `CASE WHEN ${i} % 5 = 0 THEN $busy::uuid ELSE ($units::uuid[])[1 + ${MIX(i, 'cardinality($units::uuid[])')}] END`;
const PARENT_SQL = (i) => `CASE WHEN ${i} % 5 = 0 THEN $busyParent::uuid ELSE ($parents::uuid[])[1 + ${MIX(i, 'cardinality($parents::uuid[])')}] END`;

/** Named `$name` placeholders → positional ones, so each statement reads like the schema. */
function bind(sql, named) {
  const names = [];
  const text = sql.replace(/\$([a-zA-Z]+)/g, (_, name) => {
    if (!(name in named)) throw new Error(`no value for $${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [text, names.map((name) => named[name])];
}

const folded = (words) => words.map((word) => foldVietnamese(word));

/**
 * `db.query(sql, params)` → `{rows}` (pg Client or PGlite). Returns what the measurements need.
 * sizes: {dossiers, nomineesPerDossier, tasksPerDossier}; `log` reports progress.
 */
export async function generate(db, sizes, log) {
  const q = async (sql, named = {}) => (await db.query(...bind(sql, named))).rows;
  const [busy] = await q(`SELECT id, parent_id FROM localities WHERE code = '07234'`);
  const others = await q(`SELECT id, parent_id FROM localities WHERE level = 'commune' AND code <> '07234' AND parent_id IS NOT NULL ORDER BY code`);
  const awards = (await q(`SELECT code FROM award_types ORDER BY code`)).map((row) => row.code);
  const [{ clerk }] = await q(`SELECT id AS clerk FROM users WHERE username = 'clerk.07234'`);
  const hasMovements = (await q(`SELECT to_regclass('public.movements') IS NOT NULL AS yes`))[0].yes;
  const movements = hasMovements ? (await q(`SELECT id FROM movements ORDER BY id`)).map((row) => row.id) : [];
  if (movements.length === 0) movements.push('6f1b0c8e-3d2a-4f5b-9c7d-000000000001', '6f1b0c8e-3d2a-4f5b-9c7d-000000000002');
  const common = {
    busy: busy.id,
    busyParent: busy.parent_id,
    units: others.map((row) => row.id),
    parents: others.map((row) => row.parent_id),
  };
  const total = { dossiers: sizes.dossiers, nominees: sizes.dossiers * sizes.nomineesPerDossier, tasks: sizes.dossiers * sizes.tasksPerDossier };

  await batches('dossiers', total.dossiers, 10_000, log, (from, to) =>
    q(
      `INSERT INTO dossiers (id, code, title, search_text, award_type_code, locality_id, movement_id, status, process_key, created_by, created_at, submitted_at, closed_at, version)
       SELECT md5('vd-bench-d' || i)::uuid, 'HS-B-' || lpad(i::text, 7, '0'),
              ($titles::text[])[1 + (i * 7) % cardinality($titles::text[])] || ' năm ' || (2020 + i % 7),
              'hs-b-' || lpad(i::text, 7, '0') || ' ' || ($titlesFolded::text[])[1 + (i * 7) % cardinality($titles::text[])] || ' nam ' || (2020 + i % 7),
              ($awards::text[])[1 + i % cardinality($awards::text[])], ${LOCALITY_SQL('i')},
              CASE WHEN i % 4 = 0 THEN ($movements::uuid[])[1 + (i / 4) % cardinality($movements::uuid[])] END,
              ${STATUS_SQL}, CASE WHEN i % 20 >= 2 THEN 'commendation-two-tier' END, $clerk::uuid,
              created, CASE WHEN i % 20 >= 2 THEN created + interval '1 day' END, CASE WHEN i % 20 >= 14 THEN created + interval '40 days' END, 1
       FROM (SELECT i, $start::timestamptz + make_interval(secs => i * $step::float8) AS created FROM generate_series($from::int, $to::int - 1) AS i) s`,
      { ...common, titles: TITLES, titlesFolded: folded(TITLES), awards, movements, clerk, start: BENCH_START, step: SPAN_SECONDS / total.dossiers, from, to },
    ),
  );

  await batches('nominees', total.nominees, 50_000, log, (from, to) =>
    q(
      `INSERT INTO nominees (id, dossier_id, position, kind, full_name, title, search_text)
       SELECT md5('vd-bench-n' || j)::uuid, md5('vd-bench-d' || (j / $per))::uuid, j % $per + 1, 'individual',
              ($family::text[])[f] || ' ' || ($middle::text[])[m] || ' ' || ($given::text[])[g], ($roles::text[])[r],
              ($familyF::text[])[f] || ' ' || ($middleF::text[])[m] || ' ' || ($givenF::text[])[g] || coalesce(' ' || ($rolesF::text[])[r], '')
       FROM (SELECT j, 1 + ${MIX('j', 16)} AS f, 1 + ${MIX('j + 1000003', 10)} AS m, 1 + ${MIX('j + 2000003', 60)} AS g,
                    CASE WHEN j % 4 = 0 THEN 1 + (j / 4) % cardinality($roles::text[]) END AS r
             FROM generate_series($from::int, $to::int - 1) AS j) s`,
      {
        per: sizes.nomineesPerDossier,
        family: FAMILY, familyF: folded(FAMILY), middle: MIDDLE, middleF: folded(MIDDLE), given: GIVEN, givenF: folded(GIVEN), roles: ROLES, rolesF: folded(ROLES),
        from, to,
      },
    ),
  );

  // A dossier's tasks: its earlier steps completed, and for a running dossier the last one open,
  // at its own unit (appraisal by the clerk or the council secretary) or at the unit above.
  // Drafts have no chain: their share of rows goes to the running dossier two rows further.
  await batches('tasks', total.tasks, 50_000, log, (from, to) =>
    q(
      `INSERT INTO tasks (id, instance_id, dossier_id, execution_id, element_id, name, level, locality_id, candidate_role, assignee, outcomes, status, outcome, completed_by, created_at, due_at, completed_at)
       SELECT md5('vd-bench-t' || k)::uuid, md5('vd-bench-p' || i)::uuid, md5('vd-bench-d' || i)::uuid, 'bench-' || k,
              CASE WHEN open AND lane = 2 THEN 'district_appraise' WHEN lane = 1 THEN 'commune_council' ELSE 'commune_appraise' END,
              CASE WHEN lane = 1 THEN 'Họp Hội đồng Thi đua - Khen thưởng' ELSE 'Thẩm định hồ sơ đề nghị khen thưởng' END,
              CASE WHEN open AND lane = 2 THEN 'district' ELSE 'commune' END,
              CASE WHEN open AND lane = 2 THEN ${PARENT_SQL('i')} ELSE ${LOCALITY_SQL('i')} END,
              CASE WHEN lane = 1 THEN 'secretary' ELSE 'clerk' END, NULL,
              '["approve","return","reject"]'::jsonb, CASE WHEN open THEN 'open' ELSE 'completed' END,
              CASE WHEN open THEN NULL ELSE 'approve' END, CASE WHEN open THEN NULL ELSE 'clerk.bench' END,
              created, created + interval '14 days', CASE WHEN open THEN NULL ELSE created + interval '2 days' END
       FROM (SELECT k, i, lane, created, (i % 20 BETWEEN 2 AND 13 AND k % $per = $per - 1 AND NOT moved) AS open
             FROM (SELECT k, moved, CASE WHEN moved THEN d + 2 ELSE d END AS i, (d / 5) % 3 AS lane,
                          $start::timestamptz + make_interval(secs => d * $step::float8 + (k % $per) * 86400) AS created
                   FROM (SELECT k, k / $per AS d, (k / $per) % 20 < 2 AS moved FROM generate_series($from::int, $to::int - 1) AS k) a) b) c`,
      { ...common, per: sizes.tasksPerDossier, start: BENCH_START, step: SPAN_SECONDS / total.dossiers, from, to },
    ),
  );
  // As autovacuum would have left a long-lived database: statistics, and a visibility map for index-only scans.
  for (const table of ['dossiers', 'nominees', 'tasks']) await db.query(`VACUUM ANALYZE ${table}`);
  const localityOf = async (code) => (await q(`SELECT id FROM localities WHERE code = $code`, { code }))[0]?.id;
  return { total, busyLocalityId: busy.id, districtId: busy.parent_id, provinceId: await localityOf('24'), movementId: movements[0], awards };
}

async function batches(what, total, size, log, run) {
  const started = Date.now();
  for (let from = 0; from < total; from += size) {
    await run(from, Math.min(total, from + size));
    const done = Math.min(total, from + size);
    if (done === total || (done / size) % 10 === 0) log(`  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
