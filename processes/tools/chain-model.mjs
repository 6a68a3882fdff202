// Builds one commendation chain as a graph on a grid: one segment per tier, from the
// commune that proposes up to the level whose chairman grants the award (or the central
// level, which submits to the Prime Minister / President). Geometry is in chain-layout.mjs.
import {
  END_NAMES,
  FLOW_NAMES,
  LEVEL_TEXTS,
  PUBLIC_POSTING_DURATION,
  STEP_LIMITS,
  SUPPLEMENT_LIMIT_WORKING_DAYS,
  SUPPLEMENT_TIMEOUT,
  calendarDuration,
  legalBasis,
  supplementLegalBasis,
} from './chain-texts.mjs';

const outcomeIs = (outcome) => `\${outcome == "${outcome}"}`;
const VOTE_PASSED = '${data.votesFor * 100 >= councilThresholdPercent * data.members}';
const grantedAt = (level) => `\${grantingLevel == "${level}"}`;

class ChainBuilder {
  constructor(law) {
    this.law = law;
    this.nodes = [];
    this.flows = [];
    this.col = 0;
    /** The flow waiting for the next node placed on the main row. */
    this.pending = undefined;
  }

  /** Places a node at a grid cell; `dx` shifts it sideways (boundary events, their ends). */
  place(node, col, row, dx = 0) {
    this.nodes.push({ ...node, col, row, dx });
    return node.id;
  }

  /**
   * Places a node in the next column of the main row, connects the pending flow to it and
   * makes a plain flow out of it the pending one (callers replace it for decisions).
   */
  main(node) {
    const col = this.col++;
    this.place(node, col, 0);
    if (this.pending) this.flow(this.pending.source, node.id, this.pending);
    this.pending = { source: node.id };
    return col;
  }

  flow(source, target, { name, condition, isDefault } = {}) {
    const id = `${source}_to_${target}`;
    if (this.flows.some((f) => f.id === id)) throw new Error(`duplicate flow ${id}`);
    this.flows.push({ id, source, target, name, condition, isDefault: !!isDefault });
    if (isDefault) this.nodes.find((n) => n.id === source).defaultFlow = id;
    return id;
  }

  userTask(id, name, { role, level, limit, legal, outcomes, formKey }) {
    return { id, kind: 'userTask', name, role, level, limit, legal, outcomes, formKey };
  }

  /** A decision gateway: one conditional flow per outcome of the task before it. */
  outcomeFlows(gateway, targets) {
    for (const [outcome, target] of Object.entries(targets)) {
      this.flow(gateway, target, { name: FLOW_NAMES[outcome], condition: outcomeIs(outcome) });
    }
  }
}

const gateway = (id, name) => ({ id, kind: 'exclusiveGateway', name });
/** `result` becomes `vd:result`: what ending here means for the dossier (none for a reminder path). */
const end = (id, name, result) => ({ id, kind: 'endEvent', name, result });
/** A timer on the `side` (top or bottom) border of the task it is attached to. */
const timerBoundary = (id, name, attachedTo, value, interrupting, side) => ({
  id,
  kind: 'boundaryEvent',
  name,
  attachedTo,
  interrupting,
  side,
  timer: { type: 'timeDuration', value },
});

/**
 * Head of a tier that receives a dossier from the tier below: merge (first arrival or
 * resubmission) → appraise → approve / return for supplements / reject.
 */
function addAppraisal(b, level, lower) {
  const t = LEVEL_TEXTS[level];
  const lowerTexts = LEVEL_TEXTS[lower];
  const merge = `${level}_receive`;
  const appraise = `${level}_appraise`;
  const result = `${level}_appraise_result`;
  const supplement = `${lower}_supplement_for_${level}`;
  const supplementResult = `${supplement}_result`;
  const limit = STEP_LIMITS[level].appraise;

  const colMerge = b.main(gateway(merge, `Tiếp nhận hồ sơ cấp ${t.short}`));
  const colAppraise = b.main(
    b.userTask(appraise, `${t.office} tiếp nhận, thẩm định hồ sơ`, {
      role: 'clerk',
      level,
      limit,
      legal: legalBasis(b.law, level, 'appraise'),
      outcomes: ['approve', 'return', 'reject'],
    }),
  );
  const colResult = b.main(gateway(result, 'Kết quả thẩm định?'));

  // Overdue reminder: non-interrupting, the appraisal keeps waiting.
  const reminder = `${appraise}_reminder`;
  b.place(timerBoundary(reminder, `Quá ${limit} ngày làm việc`, appraise, calendarDuration(limit), false, 'top'), colAppraise, 0, 35);
  b.place(end(`${appraise}_overdue`, END_NAMES.overdue), colAppraise, -1, 35);
  b.flow(reminder, `${appraise}_overdue`);

  // Returned to the tier below for supplements, then resubmitted or withdrawn.
  b.place(
    b.userTask(supplement, `${capitalise(lowerTexts.short)} bổ sung hồ sơ theo yêu cầu của ${t.short}`, {
      role: 'clerk',
      level: lower,
      limit: SUPPLEMENT_LIMIT_WORKING_DAYS,
      legal: supplementLegalBasis(b.law),
      outcomes: ['resubmit', 'withdraw'],
    }),
    colAppraise,
    1,
  );
  b.place(gateway(supplementResult, `${capitalise(lowerTexts.short)} nộp lại hay rút hồ sơ?`), colMerge, 1);
  b.place(end(`${supplement}_withdrawn`, END_NAMES.withdrawn, 'withdrawn'), colMerge, 2);
  const timeout = `${supplement}_timeout`;
  b.place(timerBoundary(timeout, `Quá hạn ${SUPPLEMENT_TIMEOUT.slice(1, -1)} ngày`, supplement, SUPPLEMENT_TIMEOUT, true, 'bottom'), colAppraise, 1, 30);
  b.place(end(`${supplement}_expired`, END_NAMES.supplementExpired, 'expired'), colAppraise, 2, 30);
  b.place(end(`${appraise}_rejected`, END_NAMES.rejected, 'rejected'), colResult, -1);

  b.flow(supplement, supplementResult);
  b.outcomeFlows(supplementResult, { resubmit: merge, withdraw: `${supplement}_withdrawn` });
  b.flow(timeout, `${supplement}_expired`);
  b.outcomeFlows(result, { return: supplement, reject: `${appraise}_rejected` });
  b.pending = { source: result, name: FLOW_NAMES.approve, condition: outcomeIs('approve') };
}

/** The council meets and votes; below the threshold the proposal stops here. */
function addCouncil(b, level) {
  const t = LEVEL_TEXTS[level];
  b.main(
    b.userTask(`${level}_council`, `${t.council} họp, biểu quyết đề nghị khen thưởng`, {
      role: 'secretary',
      level,
      limit: STEP_LIMITS[level].council,
      legal: legalBasis(b.law, level, 'council'),
      outcomes: ['record'],
      formKey: 'vd:council-vote',
    }),
  );
  const vote = `${level}_vote_passed`;
  const col = b.main(gateway(vote, 'Đạt tỷ lệ biểu quyết?'));
  b.place(end(`${level}_vote_failed`, END_NAMES.voteFailed, 'vote-failed'), col, -1);
  b.flow(vote, `${level}_vote_failed`, { name: FLOW_NAMES.voteFailed, isDefault: true });
  b.pending = { source: vote, name: FLOW_NAMES.votePassed, condition: VOTE_PASSED };
}

/** The chairman grants the award when it is in the tier's authority, else signs the letter upward. */
function addDecision(b, level, upper) {
  const t = LEVEL_TEXTS[level];
  const grantHere = `${level}_grant_here`;
  const decide = `${level}_decide`;
  const decideResult = `${decide}_result`;
  const forward = `${level}_forward`;
  const forwardResult = `${forward}_result`;
  const limits = STEP_LIMITS[level];

  const colGrant = b.main(gateway(grantHere, `Thuộc thẩm quyền ${t.chairman}?`));
  b.pending = { source: grantHere, name: FLOW_NAMES.grantAbove, isDefault: true };
  const colForward = b.main(
    b.userTask(forward, `${t.chairman} ký tờ trình đề nghị ${LEVEL_TEXTS[upper].short} khen thưởng`, {
      role: 'chairman',
      level,
      limit: limits.forward,
      legal: legalBasis(b.law, level, 'forward'),
      outcomes: ['forward', 'reject'],
    }),
  );
  const colForwardResult = b.main(gateway(forwardResult, 'Ký tờ trình?'));

  b.place(
    b.userTask(decide, `${t.chairman} quyết định tặng ${t.award}`, {
      role: 'chairman',
      level,
      limit: limits.decide,
      legal: legalBasis(b.law, level, 'decide'),
      outcomes: ['decide', 'reject'],
      formKey: 'vd:decision',
    }),
    colGrant,
    1,
  );
  b.place(gateway(decideResult, 'Ký quyết định?'), colForward, 1);
  b.place(end(`${level}_awarded`, END_NAMES.awarded, 'granted'), colForwardResult, 1);
  b.place(end(`${decide}_rejected`, END_NAMES.rejected, 'rejected'), colForward, 2);
  b.place(end(`${forward}_rejected`, END_NAMES.rejected, 'rejected'), colForwardResult, -1);

  b.flow(grantHere, decide, { name: FLOW_NAMES.grantHere, condition: grantedAt(level) });
  b.flow(decide, decideResult);
  b.outcomeFlows(decideResult, { decide: `${level}_awarded`, reject: `${decide}_rejected` });
  b.outcomeFlows(forwardResult, { reject: `${forward}_rejected` });
  b.pending = { source: forwardResult, name: FLOW_NAMES.forward, condition: outcomeIs('forward') };
}

/** Central tier: public posting, council, then submission to the Prime Minister / President. */
function addCentralSubmission(b) {
  const t = LEVEL_TEXTS.central;
  b.main({
    id: 'central_public_posting',
    kind: 'intermediateCatchEvent',
    name: 'Công khai danh sách 10 ngày làm việc',
    timer: { type: 'timeDuration', value: PUBLIC_POSTING_DURATION },
    documentation:
      'Danh sách đề nghị khen thưởng cấp Nhà nước được công khai 10 ngày làm việc trước khi Hội đồng TĐKT Trung ương họp.',
  });
  addCouncil(b, 'central');
  b.main(
    b.userTask('central_submit', `${t.chairman} trình Thủ tướng Chính phủ / Chủ tịch nước`, {
      role: 'chairman',
      level: 'central',
      limit: STEP_LIMITS.central.submit,
      legal: legalBasis(b.law, 'central', 'submit'),
      outcomes: ['submit', 'reject'],
    }),
  );
  const col = b.main(gateway('central_submit_result', 'Trình cấp có thẩm quyền?'));
  b.place(end('central_submit_rejected', END_NAMES.rejected, 'rejected'), col, -1);
  b.outcomeFlows('central_submit_result', { reject: 'central_submit_rejected' });
  b.pending = { source: 'central_submit_result', name: FLOW_NAMES.submit, condition: outcomeIs('submit') };
  b.main(end('central_submitted', END_NAMES.submitted, 'submitted'));
}

/**
 * @param {{ id: string, name: string, levels: string[], law: string, documentation: string }} chain
 *   levels from the commune up to central
 */
export function buildChain(chain) {
  const b = new ChainBuilder(chain.law);
  const { levels } = chain;
  b.main({ id: 'start', kind: 'startEvent', name: 'Xã đề nghị khen thưởng' });
  levels.forEach((level, i) => {
    if (i > 0) addAppraisal(b, level, levels[i - 1]);
    if (level === 'central') {
      addCentralSubmission(b);
      return;
    }
    addCouncil(b, level);
    addDecision(b, level, levels[i + 1]);
  });
  return { ...chain, nodes: b.nodes, flows: b.flows };
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
