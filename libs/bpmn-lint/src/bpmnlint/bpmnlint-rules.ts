import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { BpmnlintRuleFactory } from 'bpmnlint/rule-types';
import { ISSUE_CODES, type HouseIssueCode } from '../issue-codes';

export interface BpmnlintRuleInfo {
  /** Issue code: `bpmnlint.<rule>`. */
  code: `bpmnlint.${string}`;
  rule: string;
  severity: 'error' | 'warning';
  /** Vietnamese explanation shown before bpmnlint's English message. */
  messageVi: string;
}

interface BpmnlintRuleSetting extends Omit<BpmnlintRuleInfo, 'code' | 'rule'> {
  factory: BpmnlintRuleFactory;
  /** House codes that already say the same about the same element; the report is dropped. */
  supersededBy?: readonly HouseIssueCode[];
}

/**
 * bpmnlint's recommended rules, sorted for an executable model. Errors are what would make
 * the engine behave unlike the drawing (an activity without incoming flow is started with
 * the process, one without outgoing flow silently ends its path, several blank start events
 * all start). Warnings are modelling style. Left out: rules about elements the whitelist
 * refuses anyway (ad-hoc-sub-process, event-based-gateway, link-event, no-complex-gateway,
 * no-inclusive-gateway, event-sub-process-typed-start-event), which would only repeat it.
 */
const SETTINGS: Readonly<Record<string, BpmnlintRuleSetting>> = {
  'conditional-flows': {
    factory: conditionalFlows,
    severity: 'error',
    messageVi: 'Luồng thiếu điều kiện trong khi các luồng cùng nguồn có điều kiện',
    supersededBy: [ISSUE_CODES.gatewayMissingCondition],
  },
  'end-event-required': { factory: endEventRequired, severity: 'error', messageVi: 'Thiếu sự kiện kết thúc' },
  'fake-join': { factory: fakeJoin, severity: 'warning', messageVi: 'Nhiều luồng vào thẳng một phần tử; hãy dùng cổng để hợp nhánh' },
  global: { factory: global, severity: 'warning', messageVi: 'Định nghĩa dùng chung (lỗi, thông điệp…) thiếu tên, trùng tên hoặc không được dùng' },
  'label-required': { factory: labelRequired, severity: 'warning', messageVi: 'Phần tử chưa có tên' },
  'no-bpmndi': { factory: noBpmndi, severity: 'warning', messageVi: 'Phần tử không có hình vẽ (BPMNDI); trình soạn thảo sẽ không hiển thị' },
  'no-disconnected': { factory: noDisconnected, severity: 'error', messageVi: 'Phần tử không được nối với luồng nào' },
  'no-duplicate-sequence-flows': { factory: noDuplicateSequenceFlows, severity: 'error', messageVi: 'Luồng tuần tự bị trùng' },
  'no-gateway-join-fork': { factory: noGatewayJoinFork, severity: 'warning', messageVi: 'Cổng vừa hợp nhánh vừa rẽ nhánh; nên tách thành hai cổng' },
  'no-implicit-end': { factory: noImplicitEnd, severity: 'error', messageVi: 'Phần tử không có luồng ra: nhánh kết thúc ngầm; hãy nối tới sự kiện kết thúc' },
  'no-implicit-split': { factory: noImplicitSplit, severity: 'error', messageVi: 'Nhiều luồng ra không điều kiện: rẽ nhánh song song ngầm; hãy dùng cổng' },
  'no-implicit-start': { factory: noImplicitStart, severity: 'error', messageVi: 'Phần tử không có luồng vào: sẽ tự chạy khi quy trình bắt đầu' },
  'no-overlapping-elements': { factory: noOverlappingElements, severity: 'warning', messageVi: 'Hình vẽ chồng lên nhau hoặc nằm ngoài khung cha' },
  'single-blank-start-event': { factory: singleBlankStartEvent, severity: 'error', messageVi: 'Có nhiều sự kiện bắt đầu không loại; tất cả sẽ cùng chạy' },
  'single-event-definition': {
    factory: singleEventDefinition,
    severity: 'error',
    messageVi: 'Sự kiện có nhiều định nghĩa sự kiện',
    supersededBy: [ISSUE_CODES.elementUnsupported],
  },
  'start-event-required': { factory: startEventRequired, severity: 'error', messageVi: 'Thiếu sự kiện bắt đầu' },
  'sub-process-blank-start-event': {
    factory: subProcessBlankStartEvent,
    severity: 'error',
    messageVi: 'Sự kiện bắt đầu của quy trình con phải là loại không định nghĩa',
    supersededBy: [ISSUE_CODES.elementUnsupported],
  },
  'superfluous-gateway': { factory: superfluousGateway, severity: 'warning', messageVi: 'Cổng thừa: chỉ có một luồng vào và một luồng ra' },
  'superfluous-label': { factory: superfluousLabel, severity: 'warning', messageVi: 'Luồng có nhãn thừa' },
  'superfluous-termination': { factory: superfluousTermination, severity: 'warning', messageVi: 'Sự kiện chấm dứt (terminate) là thừa; dùng kết thúc thường' },
};

export function bpmnlintSetting(rule: string): BpmnlintRuleSetting | undefined {
  return SETTINGS[rule];
}

export function bpmnlintRuleNames(): string[] {
  return Object.keys(SETTINGS);
}

/** The bpmnlint rules in use, for the api and the docs. */
export const BPMNLINT_RULES: readonly BpmnlintRuleInfo[] = Object.entries(SETTINGS).map(([rule, setting]) => ({
  code: `bpmnlint.${rule}`,
  rule,
  severity: setting.severity,
  messageVi: setting.messageVi,
}));
