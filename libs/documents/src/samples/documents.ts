import type { IssuingBody, Letterhead, Signer } from '../model/common';
import type { CouncilMeeting } from '../model/council';
import type {
  AchievementReportInput,
  CertificatesInput,
  DecisionInput,
  MinutesInput,
  NomineeListInput,
  SubmissionInput,
} from '../model/inputs';
import type { Dossier, Nominee } from '../model/nominee';
import { personName, seededRandom } from './people';

/** A dossier of UBND huyện Yên Thế to the province, modelled on seed 000 (KH 75/KH-UBND, 2017). */
export const SAMPLE_DOSSIER: Dossier = {
  code: 'HS-2020-BG-YT-0042',
  title: 'Đề nghị tặng Bằng khen tổng kết Phong trào thi đua giai đoạn 2017 - 2020',
  awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
  movementName: 'Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
};

export const YEN_THE: IssuingBody = { name: 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ', shortName: 'UBND huyện Yên Thế' };
export const BAC_GIANG: IssuingBody = { name: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', shortName: 'UBND tỉnh Bắc Giang' };
export const YEN_THE_COUNCIL: IssuingBody = {
  parent: 'UBND HUYỆN YÊN THẾ',
  name: 'HỘI ĐỒNG\nTHI ĐUA - KHEN THƯỞNG',
  shortName: 'Hội đồng Thi đua - Khen thưởng huyện',
};

/** KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, as signed under KH 75/KH-UBND. */
export const YEN_THE_SIGNER: Signer = {
  capacities: [{ kind: 'KT', of: 'CHỦ TỊCH' }],
  title: 'PHÓ CHỦ TỊCH',
  name: 'Nguyễn Ngọc Sơn',
};

const letterhead = (symbol: string, number: number, date: string, body = YEN_THE): Letterhead => ({
  body,
  number: { number, symbol },
  placeDate: { place: body === BAC_GIANG ? 'Bắc Giang' : 'Yên Thế', date },
});

export function sampleSubmission(nominees: Nominee[]): SubmissionInput {
  return {
    letterhead: letterhead('TTr-UBND', 128, '2020-11-09'),
    dossier: SAMPLE_DOSSIER,
    addressees: ['Chủ tịch UBND tỉnh Bắc Giang'],
    bases: [
      'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;',
      'Thực hiện Kế hoạch số 75/KH-UBND ngày 30/10/2017 của UBND huyện Yên Thế tổ chức thực hiện Chỉ thị số 05/CT-UBND ngày 27/9/2017 của UBND tỉnh Bắc Giang về việc phát động Phong trào thi đua “Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2017 - 2020;',
      'Sau 03 năm triển khai, tỷ lệ hộ nghèo toàn huyện giảm bình quân 3,2%/năm (riêng các xã đặc biệt khó khăn giảm 5,6%/năm); thu nhập bình quân đầu người của hộ nghèo năm 2020 tăng 1,6 lần so với cuối năm 2015. Hội đồng Thi đua - Khen thưởng huyện đã họp xét, thống nhất đề nghị khen thưởng các tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc.',
    ],
    nominees,
    recipients: ['Như trên', 'Ban Thi đua - Khen thưởng tỉnh', 'Chủ tịch, các PCT UBND huyện', 'Lưu: VT, NV'],
    signer: YEN_THE_SIGNER,
  };
}

export function sampleNomineeList(nominees: Nominee[]): NomineeListInput {
  return {
    body: YEN_THE,
    dossier: SAMPLE_DOSSIER,
    attachedTo: { kindName: 'Tờ trình', number: { number: 128, symbol: 'TTr-UBND' }, date: '2020-11-09', issuer: 'UBND huyện Yên Thế' },
    nominees,
    levels: ['Cấp xã', 'Cấp huyện'],
    placeDate: { place: 'Yên Thế', date: '2020-11-09' },
    signer: YEN_THE_SIGNER,
  };
}

/** "xã Hồng Kỳ" out of "Trưởng thôn xã Hồng Kỳ", so a sample report names the right commune. */
function communeOf(n: Nominee): string {
  return /((xã|thị trấn) [^,]+)/.exec(n.positionOrAddress ?? '')?.[1] ?? 'xã Đồng Kỳ';
}

export function sampleReport(nominee: Nominee): AchievementReportInput {
  const rand = seededRandom(nominee.id.length * 7919 + nominee.name.length);
  const base = {
    placeDate: { place: 'Yên Thế', date: '2020-10-20' },
    awardTypeName: SAMPLE_DOSSIER.awardTypeName,
    movementName: SAMPLE_DOSSIER.movementName,
    nominee,
    priorAwards: [
      { year: 2018, title: 'Giấy khen của Chủ tịch UBND huyện', decision: 'Quyết định số 2136/QĐ-UBND ngày 12/12/2018 của Chủ tịch UBND huyện Yên Thế' },
      { year: 2019, title: 'Lao động tiên tiến', decision: 'Quyết định số 1875/QĐ-UBND ngày 20/12/2019 của Chủ tịch UBND huyện Yên Thế' },
    ],
    measures: [
      'Bám sát Kế hoạch số 75/KH-UBND của UBND huyện, cụ thể hóa thành chương trình công tác hằng năm.',
      'Phối hợp Ngân hàng Chính sách xã hội giải ngân vốn vay đúng đối tượng, theo dõi việc sử dụng vốn.',
      'Nhân rộng mô hình chăn nuôi gà đồi, trồng chè cho hộ nghèo, hộ cận nghèo.',
    ],
  };
  if (nominee.kind === 'individual' || nominee.kind === 'household') {
    return {
      ...base,
      body: nominee.kind === 'individual' ? { parent: 'UBND HUYỆN YÊN THẾ', name: `UBND ${communeOf(nominee)}`, shortName: `UBND ${communeOf(nominee)}` } : undefined,
      profile:
        nominee.kind === 'individual'
          ? { kind: 'individual', birthDate: '1982-03-15', gender: personName(rand).gender, hometown: 'xã Đồng Kỳ, huyện Yên Thế, tỉnh Bắc Giang', residence: 'xã Đồng Kỳ, huyện Yên Thế, tỉnh Bắc Giang', workplace: `UBND ${communeOf(nominee)}`, position: nominee.positionOrAddress?.replace(/ (xã|thị trấn) .*$/, ''), qualification: 'Đại học Công tác xã hội' }
          : { kind: 'household', headName: nominee.name.replace(/^Hộ ông \(bà\) /, ''), address: nominee.positionOrAddress ?? '', members: 5, startingStatus: 'Hộ nghèo năm 2017' },
      duties: nominee.kind === 'individual' ? 'Tham mưu UBND xã thực hiện các chính sách giảm nghèo, an sinh xã hội; rà soát hộ nghèo, hộ cận nghèo hằng năm.' : undefined,
      reporter: { title: nominee.kind === 'individual' ? 'Người báo cáo thành tích' : 'Chủ hộ', name: nominee.name.replace(/^Hộ ông \(bà\) /, '') },
      certifier: { title: `Chủ tịch UBND ${communeOf(nominee)}`, name: 'Thân Văn Quyết' },
    };
  }
  return {
    ...base,
    body: { parent: 'UBND HUYỆN YÊN THẾ', name: nominee.name, shortName: nominee.name },
    profile: { kind: 'collective', address: nominee.positionOrAddress, phone: '0204 3876 123', founded: 'Thành lập năm 1997', characteristics: 'Địa bàn miền núi, tỷ lệ hộ nghèo đầu kỳ 14,8%; đời sống nhân dân chủ yếu dựa vào nông nghiệp.', organisation: 'Chi bộ 12 đảng viên; các đoàn thể hoạt động đều, nhiều năm đạt vững mạnh.' },
    duties: 'Tham mưu, tổ chức thực hiện chương trình giảm nghèo bền vững trên địa bàn.',
    reporter: { title: 'Thủ trưởng đơn vị', name: 'Hoàng Văn Cường' },
    certifier: { title: 'Chủ tịch UBND huyện Yên Thế', name: 'Nguyễn Ngọc Sơn' },
  };
}

/** A council of 9 with 8 present; 80% of all members needed, so 8 votes (88,9%) pass and 7 (77,8%) do not. */
export function sampleMeeting(nominees: Nominee[]): CouncilMeeting {
  const names = ['Nguyễn Văn Hùng', 'Nguyễn Ngọc Sơn', 'Hoàng Thị Lan', 'Trần Đức Thắng', 'Lê Thị Thu Hương', 'Giáp Văn Vượng', 'Đỗ Minh Tuấn', 'Phạm Thị Nga', 'Vũ Thanh Hải'];
  const roles = ['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Ủy viên thường trực', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên, Thư ký'];
  const positions = ['Chủ tịch UBND huyện', 'Phó Chủ tịch UBND huyện', 'Trưởng phòng Nội vụ', 'Trưởng phòng Lao động - TB&XH', 'Chủ tịch Hội LHPN huyện', 'Chủ tịch Hội Nông dân huyện', 'Bí thư Huyện đoàn', 'Chánh Văn phòng HĐND và UBND huyện', 'Chuyên viên Phòng Nội vụ'];
  return {
    councilName: 'Hội đồng Thi đua - Khen thưởng huyện Yên Thế',
    date: '2020-11-05',
    startTime: '08:00',
    endTime: '10:30',
    venue: 'Phòng họp số 1, UBND huyện Yên Thế',
    chairName: names[0],
    secretaryName: names[8],
    members: names.map((name, i) => ({ name, role: roles[i], position: positions[i], present: i !== 6 })),
    threshold: { percent: 80, of: 'allMembers' },
    votes: nominees.map((n, i) => ({ nomineeId: n.id, agree: i % 5 === 3 ? 7 : 8 })),
  };
}

export function sampleMinutes(nominees: Nominee[]): MinutesInput {
  return {
    letterhead: letterhead('BB-HĐTĐKT', 15, '2020-11-05', YEN_THE_COUNCIL),
    dossier: SAMPLE_DOSSIER,
    meeting: sampleMeeting(nominees),
    nominees,
    conclusions: ['Giao Phòng Nội vụ hoàn thiện hồ sơ, trình Chủ tịch UBND huyện đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân đạt tỷ lệ phiếu đồng ý theo quy định.'],
  };
}

export function sampleDecision(awardees: Nominee[]): DecisionInput {
  return {
    letterhead: letterhead('QĐ-UBND', 2451, '2020-12-18', BAC_GIANG),
    dossier: SAMPLE_DOSSIER,
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG',
    subject: 'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân đã có thành tích xuất sắc trong Phong trào thi đua “Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2017 - 2020',
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng;',
      'Xét đề nghị của Chủ tịch UBND huyện Yên Thế tại Tờ trình số 128/TTr-UBND ngày 09/11/2020 và của Trưởng ban Thi đua - Khen thưởng tỉnh.',
    ],
    articles: [
      'Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo Quyết định này, đã có thành tích xuất sắc trong Phong trào thi đua “Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2017 - 2020.',
      'Tiền thưởng kèm theo Bằng khen thực hiện theo quy định tại Nghị định số 91/2017/NĐ-CP, trích từ Quỹ thi đua, khen thưởng của tỉnh.',
      'Chánh Văn phòng UBND tỉnh, Trưởng ban Thi đua - Khen thưởng tỉnh, Chủ tịch UBND huyện Yên Thế và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
    awardees,
    recipients: ['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh', 'Ban Thi đua - Khen thưởng tỉnh', 'Lưu: VT, TĐKT'],
    signer: { capacities: [{ kind: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Ánh Dương' },
  };
}

export function sampleCertificates(awardees: Nominee[]): CertificatesInput {
  return {
    awardKind: 'bang-khen',
    grantor: 'CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
    citation: 'Đã có thành tích xuất sắc trong Phong trào thi đua “Bắc Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2017 - 2020.',
    decision: { number: { number: 2451, symbol: 'QĐ-UBND' }, date: '2020-12-18' },
    placeDate: { place: 'Bắc Giang', date: '2020-12-18' },
    signer: { capacities: [{ kind: 'KT', of: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Ánh Dương' },
    recipients: awardees.map((n, i) => ({ name: n.name, line: n.positionOrAddress, registryNumber: `${i + 1}/2020` })),
    total: awardees.length,
  };
}
