#!/usr/bin/env node
// Generates processes/commendation-four-tier.bpmn and processes/commendation-two-tier.bpmn
// from one per-tier segment template (chain-model.mjs), with a computed left-to-right layout.
//
//   node processes/tools/generate-chains.mjs          write both files
//   node processes/tools/generate-chains.mjs --check  exit 1 if a committed file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutChain } from './chain-layout.mjs';
import { buildChain } from './chain-model.mjs';
import { CHAIN_LAW } from './chain-texts.mjs';
import { chainToXml } from './chain-xml.mjs';

const PROCESSES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

const VARIABLES_DOC =
  'Biến khởi tạo: dossierId (mã hồ sơ), awardTypeCode (mã hình thức khen thưởng), ' +
  'grantingLevel (cấp có thẩm quyền khen thưởng: commune | district | province | central; central = trình Thủ tướng Chính phủ / Chủ tịch nước), ' +
  'councilThresholdPercent (tỷ lệ % phiếu đồng ý trên tổng số thành viên Hội đồng, ví dụ 90 hoặc 80), ' +
  'originLevel (cấp của đơn vị lập hồ sơ: commune | district | province; hồ sơ bắt đầu ở Hội đồng TĐKT cấp đó, mặc định cấp xã). ' +
  'Sau mỗi bước: outcome, data và tasks.<mã bước> = {outcome, data, comment, actor}. ' +
  'Hệ thống cung cấp ở mỗi bước: closedLevels (các cấp trên chuỗi đơn vị của hồ sơ đã kết thúc hoạt động, không có đơn vị kế thừa cùng cấp) ' +
  'và levelEndsAt (thời điểm kết thúc hoạt động của đơn vị mỗi cấp, ISO 8601).';

const CHAINS = [
  {
    file: 'commendation-four-tier.bpmn',
    id: 'commendation_four_tier',
    name: 'Đề nghị khen thưởng bốn cấp: xã – huyện – tỉnh – Trung ương (trước 01/7/2025)',
    levels: ['commune', 'district', 'province', 'central'],
    closingLevels: ['district'],
    law: CHAIN_LAW.fourTier,
    documentation: `Quy trình xét, đề nghị khen thưởng theo bốn cấp hành chính, áp dụng cho hồ sơ trước ngày 01/7/2025. ${VARIABLES_DOC}`,
  },
  {
    file: 'commendation-two-tier.bpmn',
    id: 'commendation_two_tier',
    name: 'Đề nghị khen thưởng theo chính quyền địa phương hai cấp: xã – tỉnh – Trung ương (từ 01/7/2025)',
    levels: ['commune', 'province', 'central'],
    law: CHAIN_LAW.twoTier,
    documentation: `Quy trình xét, đề nghị khen thưởng theo chính quyền địa phương hai cấp, áp dụng từ ngày 01/7/2025. ${VARIABLES_DOC}`,
  },
];

function renderChain(chain) {
  const model = buildChain(chain);
  return chainToXml(model, layoutChain(model));
}

function main(args) {
  const check = args.includes('--check');
  let stale = 0;
  for (const chain of CHAINS) {
    const path = join(PROCESSES_DIR, chain.file);
    const xml = renderChain(chain);
    if (!check) {
      writeFileSync(path, xml);
      console.log(`wrote ${chain.file}`);
      continue;
    }
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== xml) {
      stale += 1;
      console.error(`${chain.file} is not the generator's output: run node processes/tools/generate-chains.mjs`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

main(process.argv.slice(2));
