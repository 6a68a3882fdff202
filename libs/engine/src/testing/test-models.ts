import {
  definitionsXml,
  endEvent,
  errorBoundary,
  errorDeclaration,
  errorEndEvent,
  exclusiveGateway,
  flow,
  parallelGateway,
  scriptTask,
  serviceTask,
  startEvent,
  subProcess,
  timerBoundary,
  timerCatch,
  userTask,
} from './bpmn-xml';

/** Commune review: approve → decide, reject → end "rejected". */
export function reviewModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('review', {
      name: 'Xét duyệt',
      outcomes: ['approve', 'reject'],
      candidateGroups: 'clerk, secretary',
      assignee: '${initiator}',
      dueDate: '${deadline}',
      formKey: 'vd:review',
      level: 'commune',
      limitWorkingDays: 10,
      legalBasis: 'Nghị định 98/2023/NĐ-CP',
    })}
    ${exclusiveGateway('decision')}
    ${userTask('decide', { outcomes: ['sign'] })}
    ${endEvent('rejected', 'Từ chối', 'rejected')}
    ${endEvent('done', 'Hoàn thành')}
    ${flow('f_start', 'start', 'review')}
    ${flow('f_review', 'review', 'decision')}
    ${flow('f_approve', 'decision', 'decide', '${outcome == "approve"}')}
    ${flow('f_reject', 'decision', 'rejected', '${outcome == "reject"}')}
    ${flow('f_decide', 'decide', 'done')}
  `);
}

/** Council vote: passes when votesFor/members reaches the award's threshold. */
export function councilVoteModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('vote', { outcomes: ['recorded'], formKey: 'vd:council-vote' })}
    ${exclusiveGateway('threshold', 'f_failed')}
    ${userTask('proclaim')}
    ${endEvent('failed', 'Không đạt')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'vote')}
    ${flow('f_vote', 'vote', 'threshold')}
    ${flow('f_passed', 'threshold', 'proclaim', '${data.votesFor * 100 >= councilThresholdPercent * data.members}')}
    ${flow('f_failed', 'threshold', 'failed')}
    ${flow('f_proclaim', 'proclaim', 'done')}
  `);
}

/** Two appraisals in parallel, joined before the decision. */
export function parallelModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${parallelGateway('fork')}
    ${userTask('legal')}
    ${userTask('finance')}
    ${parallelGateway('join')}
    ${userTask('decide')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'fork')}
    ${flow('f_legal', 'fork', 'legal')}
    ${flow('f_finance', 'fork', 'finance')}
    ${flow('f_legal_done', 'legal', 'join')}
    ${flow('f_finance_done', 'finance', 'join')}
    ${flow('f_join', 'join', 'decide')}
    ${flow('f_done', 'decide', 'done')}
  `);
}

/** Appraise → returned for supplements → supplement → appraise again. */
export function returnLoopModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${exclusiveGateway('merge')}
    ${userTask('appraise', { outcomes: ['approve', 'return'] })}
    ${exclusiveGateway('route')}
    ${userTask('supplement', { outcomes: ['resubmit'] })}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'merge')}
    ${flow('f_merge', 'merge', 'appraise')}
    ${flow('f_appraise', 'appraise', 'route')}
    ${flow('f_return', 'route', 'supplement', '${outcome == "return"}')}
    ${flow('f_approve', 'route', 'done', '${outcome == "approve"}')}
    ${flow('f_resubmit', 'supplement', 'merge')}
  `);
}

/** A task with a reminder every 3 days (non-interrupting) and an escalation at 30 days. */
export function boundaryTimersModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('appraise', { outcomes: ['approve'] })}
    ${timerBoundary('reminder_timer', 'appraise', 'P3D', false)}
    ${timerBoundary('escalation_timer', 'appraise', 'P30D', true)}
    ${userTask('remind')}
    ${userTask('escalate')}
    ${endEvent('reminded')}
    ${endEvent('escalated')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'appraise')}
    ${flow('f_appraise', 'appraise', 'done')}
    ${flow('f_remind', 'reminder_timer', 'remind')}
    ${flow('f_reminded', 'remind', 'reminded')}
    ${flow('f_escalate', 'escalation_timer', 'escalate')}
    ${flow('f_escalated', 'escalate', 'escalated')}
  `);
}

/** Public posting: wait a duration (an expression over the variables), then the council meets. */
export function postingPeriodModel(duration = '${postingPeriod}'): string {
  return definitionsXml(`
    ${startEvent()}
    ${timerCatch('posting', 'timeDuration', duration)}
    ${userTask('council')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'posting')}
    ${flow('f_posting', 'posting', 'council')}
    ${flow('f_council', 'council', 'done')}
  `);
}

/** Review → rejected through an error end event that nothing catches. */
export function uncaughtErrorModel(): string {
  return definitionsXml(
    `
    ${startEvent()}
    ${userTask('review', { outcomes: ['reject'] })}
    ${errorEndEvent('rejected', 'Err_Rejected')}
    ${flow('f_start', 'start', 'review')}
    ${flow('f_review', 'review', 'rejected')}
  `,
    { before: errorDeclaration('Err_Rejected', 'DOSSIER_REJECTED') },
  );
}

/** The same rejection inside a sub-process, caught by a boundary error event. */
export function caughtErrorModel(): string {
  const inner = `
    ${startEvent('inner_start')}
    ${userTask('review', { outcomes: ['approve', 'reject'] })}
    ${exclusiveGateway('inner_route')}
    ${errorEndEvent('inner_rejected', 'Err_Rejected')}
    ${endEvent('inner_done')}
    ${flow('f_inner_start', 'inner_start', 'review')}
    ${flow('f_inner_review', 'review', 'inner_route')}
    ${flow('f_inner_reject', 'inner_route', 'inner_rejected', '${outcome == "reject"}')}
    ${flow('f_inner_approve', 'inner_route', 'inner_done', '${outcome == "approve"}')}
  `;
  return definitionsXml(
    `
    ${startEvent()}
    ${subProcess('appraisal', inner)}
    ${errorBoundary('on_rejected', 'appraisal', 'Err_Rejected')}
    ${userTask('notify_rejection')}
    ${endEvent('notified')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'appraisal')}
    ${flow('f_appraisal', 'appraisal', 'done')}
    ${flow('f_rejected', 'on_rejected', 'notify_rejection')}
    ${flow('f_notified', 'notify_rejection', 'notified')}
  `,
    { before: errorDeclaration('Err_Rejected', 'DOSSIER_REJECTED') },
  );
}

/** A script task that would set a global flag if its JavaScript ever ran. */
export function scriptTaskModel(flagName: string): string {
  return definitionsXml(`
    ${startEvent()}
    ${scriptTask('evil', `next.constructor('return globalThis')().${flagName} = true; next();`)}
    ${userTask('after')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'evil')}
    ${flow('f_evil', 'evil', 'after')}
    ${flow('f_after', 'after', 'done')}
  `);
}

/** A gateway whose condition is JavaScript that would set a global flag if it ran. */
export function scriptConditionModel(flagName: string): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('review', { outcomes: ['approve'] })}
    ${exclusiveGateway('route', 'f_other')}
    ${userTask('javascript_branch')}
    ${userTask('other_branch')}
    ${flow('f_start', 'start', 'review')}
    ${flow('f_review', 'review', 'route')}
    ${flow('f_js', 'route', 'javascript_branch', `next.constructor('return globalThis')().${flagName} = true; next(null, true);`, 'javascript')}
    ${flow('f_other', 'route', 'other_branch')}
  `);
}

/** A service task after a user task: compiles, but running into it fails the step. */
export function serviceTaskModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('review')}
    ${serviceTask('notify', 'camunda:expression="${environment.services.notify()}"')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'review')}
    ${flow('f_review', 'review', 'notify')}
    ${flow('f_notify', 'notify', 'done')}
  `);
}

/** A reminder that repeats three times while the task waits. */
export function reminderCycleModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('appraise')}
    <bpmn:boundaryEvent id="reminder_cycle" attachedToRef="appraise" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeCycle>R3/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    ${endEvent('reminded')}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'appraise')}
    ${flow('f_appraise', 'appraise', 'done')}
    ${flow('f_remind', 'reminder_cycle', 'reminded')}
  `);
}

/** Routing written three ways: ${JUEL-ish}, =FEEL, and a FEEL body declared by language. */
export function conditionFormsModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('review')}
    ${exclusiveGateway('route')}
    ${userTask('juel_branch')}
    ${userTask('feel_branch')}
    ${userTask('language_branch')}
    ${flow('f_start', 'start', 'review')}
    ${flow('f_review', 'review', 'route')}
    ${flow('f_juel', 'route', 'juel_branch', "${outcome == 'a' && !data.urgent}")}
    ${flow('f_feel', 'route', 'feel_branch', '=outcome = "b" or data.urgent = true')}
    ${flow('f_language', 'route', 'language_branch', 'outcome = "c"', 'feel')}
  `);
}
