// Builds one commendation chain as a graph on a grid: one segment per tier, from the
// commune up to the level whose chairman grants the award (or the central level, which
// submits to the Prime Minister / President); a dossier enters at the level of the unit
// that filed it. Geometry is in chain-layout.mjs.
import {
  CLOSURE_TEXTS,
  END_NAMES,
  FILING_TEXTS,
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
/** The level of the unit that filed the dossier (start variable `originLevel`). */
const filedAt = (level) => `\${originLevel == "${level}"}`;
/** The runtime tells every step which levels of the dossier's chain have closed for good. */
const levelClosed = (level) => `\${list contains(closedLevels, "${level}")}`;

class ChainBuilder {
  constructor(law, closingLevels = []) {
    this.law = law;
    /** Levels the runtime may report closed (the districts, since 1/7/2025): their steps can be skipped. */
    this.closingLevels = closingLevels;
    /** The closing level whose skip path waits to be joined into the next tier's reception. */
    this.closure = undefined;
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

  /** `lane`: drawn around the rows (above or below) instead of straight across them. */
  flow(source, target, { name, condition, isDefault, lane } = {}) {
    const id = `${source}_to_${target}`;
    if (this.flows.some((f) => f.id === id)) throw new Error(`duplicate flow ${id}`);
    this.flows.push({ id, source, target, name, condition, isDefault: !!isDefault, lane });
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
/** The start's choice of the filing level. */
const ORIGIN_GATEWAY = 'origin_level';
/** Flows from the start to a higher filing level run around the rows: the first below, the next above. */
const FILING_LANES = ['below', 'above'];
/** `result` becomes `vd:result`: what ending here means for the dossier (none for a reminder path). */
const end = (id, name, result) => ({ id, kind: 'endEvent', name, result });
/** A timer on the `side` (top or bottom) border of the task it is attached to. */
const timerBoundary = (id, name, attachedTo, value, interrupting, side, { type = 'timeDuration', labelSide } = {}) => ({
  id,
  kind: 'boundaryEvent',
  name,
  attachedTo,
  interrupting,
  side,
  labelSide,
  timer: { type, value },
});

/**
 * The level's office stops existing (its unit closes without a successor of its level):
 * an interrupting timer at the instant the runtime gives (`levelEndsAt.<level>`) takes the
 * dossier off the step; the runtime also fires it at once when an admin closes the unit.
 */
function addClosureBoundary(b, task, col, row, { side, dx }) {
  const level = b.closure.level;
  const id = `${task}_unit_closed`;
  b.place(timerBoundary(id, CLOSURE_TEXTS[level].ended, task, `\${levelEndsAt.${level}}`, true, side, { type: 'timeDate' }), col, row, dx);
  return id;
}

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
  joinClosure(b, merge, colMerge);
  if (b.closingLevels.includes(level)) startClosure(b, level);
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
  b.place(timerBoundary(reminder, `Quá ${limit} ngày làm việc`, appraise, calendarDuration(limit), false, 'top', { labelSide: 'right' }), colAppraise, 0, 35);
  if (b.closure?.level === level) b.closure.sources.push(addClosureBoundary(b, appraise, colAppraise, 0, { side: 'top', dx: -35 }));
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

/**
 * Where a dossier enters the chain: at the filing unit's own level (a district proposing
 * its officials, a province department proposing for the Prime Minister's Bằng khen), whose
 * council considers it and whose chairman decides or signs the letter upward, as for a
 * commune. The commune, the lowest level, is the default (`originLevel` absent too).
 */
function startFiling(b, filingLevels) {
  b.main({ ...gateway(ORIGIN_GATEWAY, FILING_TEXTS.question), documentation: FILING_TEXTS.documentation });
  b.pending = { source: ORIGIN_GATEWAY, name: FILING_TEXTS.filedBy[filingLevels[0]], isDefault: true };
  if (filingLevels.length - 1 > FILING_LANES.length) throw new Error('more filing levels than lanes to draw their flows on');
  b.filingLanes = new Map(filingLevels.slice(1).map((level, i) => [level, FILING_LANES[i]]));
}

/** A level above the lowest that may file: its council takes both the dossiers approved here and its own unit's. */
function addFilingEntry(b, level) {
  const entry = `${level}_council_entry`;
  b.main(gateway(entry, `Trình ${LEVEL_TEXTS[level].council}`));
  b.flow(ORIGIN_GATEWAY, entry, { name: FILING_TEXTS.filedBy[level], condition: filedAt(level), lane: b.filingLanes.get(level) });
}

/** The council meets and votes; below the threshold the proposal stops here. */
function addCouncil(b, level) {
  const t = LEVEL_TEXTS[level];
  const colCouncil = b.main(
    b.userTask(`${level}_council`, `${t.council} họp, biểu quyết đề nghị khen thưởng`, {
      role: 'secretary',
      level,
      limit: STEP_LIMITS[level].council,
      legal: legalBasis(b.law, level, 'council'),
      outcomes: ['record'],
      formKey: 'vd:council-vote',
    }),
  );
  if (b.closure?.level === level) b.closure.sources.push(addClosureBoundary(b, `${level}_council`, colCouncil, 0, { side: 'top', dx: 0 }));
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

  if (b.closure?.level === level) {
    b.closure.sources.push(addClosureBoundary(b, forward, colForward, 0, { side: 'top', dx: 0 }));
    // Deciding was this level's own authority: with the level gone, nobody can grant it here.
    const closed = addClosureBoundary(b, decide, colGrant, 1, { side: 'bottom', dx: 0 });
    b.place(end(`${decide}_authority_ended`, CLOSURE_TEXTS[level].authorityEnded, 'authority-ended'), colGrant, 2);
    b.flow(closed, `${decide}_authority_ended`);
    parkClosure(b, colForwardResult);
  }

  b.flow(grantHere, decide, { name: FLOW_NAMES.grantHere, condition: grantedAt(level) });
  b.flow(decide, decideResult);
  b.outcomeFlows(decideResult, { decide: `${level}_awarded`, reject: `${decide}_rejected` });
  b.outcomeFlows(forwardResult, { reject: `${forward}_rejected` });
  b.pending = { source: forwardResult, name: FLOW_NAMES.forward, condition: outcomeIs('forward') };
}

/**
 * A closing level's entry: when the runtime reports the level closed, the dossier goes
 * straight past it (the skip path joins in `joinClosure`); otherwise on to its appraisal.
 */
function startClosure(b, level) {
  const texts = CLOSURE_TEXTS[level];
  const inForce = `${level}_in_force`;
  b.closure = { level, sources: [] };
  const col = b.main({ ...gateway(inForce, texts.question), documentation: texts.documentation });
  b.pending = { source: inForce, name: FLOW_NAMES.inForce, isDefault: true };
  b.closure.sources.push(inForce);
  b.closure.entryCol = col;
}

/** Every way off the closing level meets in one merge above the tier's last column. */
function parkClosure(b, col) {
  const { level, sources } = b.closure;
  const merge = `${level}_closed`;
  b.place(gateway(merge, CLOSURE_TEXTS[level].merge), col, -2);
  for (const source of sources) {
    b.flow(source, merge, source.endsWith('_in_force') ? { name: FLOW_NAMES.closed, condition: levelClosed(level) } : {});
  }
  b.closure.merge = merge;
}

/**
 * The next tier's reception takes the dossier, unless the award was the closed level's own
 * to grant (a district Giấy khen): then the proposal ends, and the commune may file anew
 * under the authority in force.
 */
function joinClosure(b, reception, col) {
  if (!b.closure?.merge) return;
  const { level, merge } = b.closure;
  const texts = CLOSURE_TEXTS[level];
  const authority = `${level}_closed_authority`;
  b.place(gateway(authority, texts.authorityQuestion), col, -2);
  b.place(end(`${level}_authority_ended`, texts.authorityEnded, 'authority-ended'), col + 1, -2);
  b.flow(merge, authority);
  b.flow(authority, `${level}_authority_ended`, { name: FLOW_NAMES.grantHere, condition: grantedAt(level) });
  b.flow(authority, reception, { name: texts.passOn, isDefault: true });
  b.closure = undefined;
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
 * @param {{ id: string, name: string, levels: string[], law: string, documentation: string, closingLevels?: string[] }} chain
 *   levels from the commune up to central (every one below central may file); closingLevels:
 *   those the runtime may report closed
 */
export function buildChain(chain) {
  const b = new ChainBuilder(chain.law, chain.closingLevels);
  const { levels } = chain;
  // Every level files but central, which submits to the Prime Minister / President instead.
  const filingLevels = levels.filter((level) => level !== 'central');
  b.main({ id: 'start', kind: 'startEvent', name: FILING_TEXTS.start });
  startFiling(b, filingLevels);
  levels.forEach((level, i) => {
    if (i > 0) addAppraisal(b, level, levels[i - 1]);
    if (level === 'central') {
      addCentralSubmission(b);
      return;
    }
    if (i > 0) addFilingEntry(b, level);
    addCouncil(b, level);
    addDecision(b, level, levels[i + 1]);
  });
  return { ...chain, nodes: b.nodes, flows: b.flows };
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
