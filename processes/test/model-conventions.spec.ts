import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver';
import { OUTCOME_LABELS_VI, TASK_FORMS, isRole } from '@vinh-danh/domain';
import { CHAINS, PROCESSES_DIR, chainXml, type ChainSpec } from './support/chains';
import {
  boundsOf,
  conditionOf,
  intersects,
  labelBoundsOf,
  list,
  onBorder,
  parseChain,
  ref,
  vd,
  waypointsOf,
  type ChainModel,
  type Element,
  type Rect,
} from './support/model';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const USER_TASK_IDS: Record<string, string[]> = {
  'commendation-four-tier.bpmn': [
    'commune_council',
    'commune_forward',
    'commune_decide',
    'district_appraise',
    'commune_supplement_for_district',
    'district_council',
    'district_forward',
    'district_decide',
    'province_appraise',
    'district_supplement_for_province',
    'province_council',
    'province_forward',
    'province_decide',
    'central_appraise',
    'province_supplement_for_central',
    'central_council',
    'central_submit',
  ],
  'commendation-two-tier.bpmn': [
    'commune_council',
    'commune_forward',
    'commune_decide',
    'province_appraise',
    'commune_supplement_for_province',
    'province_council',
    'province_forward',
    'province_decide',
    'central_appraise',
    'province_supplement_for_central',
    'central_council',
    'central_submit',
  ],
};

function describeBoundary(event: Element) {
  const [definition] = list(event, 'eventDefinitions');
  const timerType = ['timeDuration', 'timeDate'].find((type) => definition[type]) ?? 'none';
  return {
    host: ref(event, 'attachedToRef').id,
    interrupting: event.cancelActivity,
    timer: `${timerType} ${String((definition[timerType] as Element | undefined)?.body)}`,
    end: targetOf(outgoing(event)[0]).name,
  };
}
const byHost = (a: { host?: string }, b: { host?: string }) => String(a.host).localeCompare(String(b.host));

const outcomesOf = (task: Element) => (vd(task, 'outcomes') ?? '').split(',').map((o) => o.trim());
const outgoing = (node: Element) => list(node, 'outgoing');
const targetOf = (flow: Element) => ref(flow, 'targetRef');

describe.each(CHAINS)('$file', (chain: ChainSpec) => {
  let xml: string;
  let model: ChainModel;

  beforeAll(async () => {
    xml = chainXml(chain);
    model = await parseChain(xml);
  });

  it('parses cleanly as one executable process with the Camunda and vd namespaces', () => {
    expect(model.warnings).toEqual([]);
    expect(model.process.id).toBe(chain.processId);
    expect(model.process.isExecutable).toBe(true);
    expect(xml).toContain('xmlns:camunda="http://camunda.org/schema/1.0/bpmn"');
    expect(xml).toContain('xmlns:vd="http://vinhdanh.vn/schema/bpmn/1.0"');
  });

  it('has exactly the documented user tasks', () => {
    expect(model.userTasks.map((t) => t.id).sort()).toEqual([...USER_TASK_IDS[chain.file]].sort());
  });

  it('gives every user task one role, its tier, outcomes, a working-day limit and its legal basis', () => {
    for (const task of model.userTasks) {
      const groups = String(task.candidateGroups ?? '').split(',');
      expect({ id: task.id, groups, known: isRole(groups[0]) }).toEqual({
        id: task.id,
        groups: [expect.stringMatching(/^(clerk|secretary|chairman)$/)],
        known: true,
      });
      expect({ id: task.id, level: chain.levels.includes(vd(task, 'level') as never) }).toEqual({ id: task.id, level: true });
      expect(vd(task, 'limitWorkingDays')).toMatch(/^[1-9]\d*$/);
      expect(vd(task, 'legalBasis')).toMatch(/Nghị định \d+\/20\d\d\/NĐ-CP/);
      for (const outcome of outcomesOf(task)) {
        expect({ id: task.id, outcome, known: outcome in OUTCOME_LABELS_VI }).toEqual({ id: task.id, outcome, known: true });
      }
    }
  });

  it('cites the decree in force for the chain', () => {
    const decree = chain.levels.includes('district') ? 'Nghị định 98/2023/NĐ-CP' : 'Nghị định 152/2025/NĐ-CP';
    expect(model.userTasks.filter((t) => !vd(t, 'legalBasis')!.includes(decree)).map((t) => t.id)).toEqual([]);
  });

  it('asks for the council vote on council steps and for the decision on decide steps', () => {
    const formKeys = Object.fromEntries(model.userTasks.filter((t) => t.formKey).map((t) => [t.id, t.formKey]));
    const expected = Object.fromEntries(
      model.userTasks
        .filter((t) => /_(council|decide)$/.test(t.id!))
        .map((t) => [t.id, t.id!.endsWith('_council') ? 'vd:council-vote' : 'vd:decision']),
    );
    expect(formKeys).toEqual(expected);
    for (const key of Object.values(formKeys)) expect(Object.keys(TASK_FORMS)).toContain(key);
  });

  it('routes every outcome a task accepts, and only those, through the gateway after it', () => {
    const multiOutcome = model.userTasks.filter((t) => outcomesOf(t).length > 1);
    expect(multiOutcome.length).toBeGreaterThan(0);
    for (const task of multiOutcome) {
      const [flow] = outgoing(task);
      const gateway = targetOf(flow);
      const routed = outgoing(gateway).map((f) => /^\$\{outcome == "(\w+)"\}$/.exec(conditionOf(f) ?? '')?.[1]);
      expect({ task: task.id, gateway: gateway.$type, outgoing: outgoing(task).length, routed: [...routed].sort() }).toEqual({
        task: task.id,
        gateway: 'bpmn:ExclusiveGateway',
        outgoing: 1,
        routed: [...outcomesOf(task)].sort(),
      });
      expect(gateway.default).toBeUndefined();
    }
  });

  it('gives every deciding gateway a default flow or a condition on each outgoing flow', () => {
    const gateways = model.flowNodes.filter((n) => n.$type === 'bpmn:ExclusiveGateway' && outgoing(n).length > 1);
    expect(gateways.length).toBeGreaterThan(5);
    for (const gateway of gateways) {
      const unguarded = outgoing(gateway).filter((f) => !conditionOf(f) && gateway.default !== f);
      expect({ gateway: gateway.id, unguarded: unguarded.map((f) => f.id) }).toEqual({ gateway: gateway.id, unguarded: [] });
    }
  });

  it('uses only FEEL-style expressions, never scripts', () => {
    expect(xml).not.toMatch(/javascript|scriptTask|scriptFormat|language=/i);
    for (const flow of model.sequenceFlows.filter((f) => conditionOf(f))) {
      expect(conditionOf(flow)).toMatch(/^\$\{[^{}]+\}$/);
    }
  });

  it('puts an interrupting timeout on every supplement task and a reminder on every appraisal', () => {
    const boundaries = model.flowNodes.filter((n) => n.$type === 'bpmn:BoundaryEvent' && !n.id!.endsWith('_unit_closed'));
    const expected = model.userTasks
      .filter((t) => /_(appraise|supplement_for_\w+)$/.test(t.id!))
      .map((t) =>
        t.id!.endsWith('_appraise')
          ? { host: t.id, interrupting: false, timer: `timeDuration P${Math.ceil((Number(vd(t, 'limitWorkingDays')) * 7) / 5)}D`, end: 'Nhắc hạn xử lý' }
          : { host: t.id, interrupting: true, timer: 'timeDuration P30D', end: 'Quá hạn bổ sung hồ sơ' },
      );
    expect(boundaries.map(describeBoundary).sort(byHost)).toEqual(expected.sort(byHost));
  });

  it('takes a dossier off every deciding step of a closing level when the runtime says it ended', () => {
    const closing = model.flowNodes.filter((n) => n.id!.endsWith('_unit_closed'));
    const expected = chain.closingLevels.flatMap((level) =>
      ['appraise', 'council', 'forward', 'decide'].map((step) => ({
        host: `${level}_${step}`,
        interrupting: true,
        timer: `timeDate \${levelEndsAt.${level}}`,
        end: step === 'decide' ? 'Hết thẩm quyền khen thưởng cấp huyện' : 'Bỏ qua các bước của cấp huyện',
      })),
    );
    expect(closing.map(describeBoundary).sort(byHost)).toEqual(expected.sort(byHost));
    for (const level of chain.closingLevels) {
      const inForce = model.flowNodes.find((n) => n.id === `${level}_in_force`)!;
      expect(outgoing(inForce).map((f) => [targetOf(f).id, conditionOf(f) ?? 'default']).sort()).toEqual([
        [`${level}_appraise`, 'default'],
        [`${level}_closed`, `\${list contains(closedLevels, "${level}")}`],
      ]);
    }
  });

  it('enters the chain at the filing level: the commune by default, a higher level through its council', () => {
    const [start] = model.flowNodes.filter((n) => n.$type === 'bpmn:StartEvent');
    const gateway = targetOf(outgoing(start)[0]);
    const routes = outgoing(gateway).map((f) => [conditionOf(f) ?? 'default', targetOf(f).id]);
    const higher = chain.levels.slice(1).filter((level) => level !== 'central');
    expect({ gateway: gateway.id, routes: routes.sort() }).toEqual({
      gateway: 'origin_level',
      routes: [['default', 'commune_council'], ...higher.map((level) => [`\${originLevel == "${level}"}`, `${level}_council_entry`])].sort(),
    });
    for (const level of higher) {
      const entry = model.flowNodes.find((n) => n.id === `${level}_council_entry`)!;
      expect({
        incoming: list(entry, 'incoming').map((f) => ref(f, 'sourceRef').id).sort(),
        outgoing: outgoing(entry).map((f) => targetOf(f).id),
      }).toEqual({ incoming: ['origin_level', `${level}_appraise_result`].sort(), outgoing: [`${level}_council`] });
    }
  });

  it('tells the dossier how it ended at every end event but the reminder', () => {
    const results = Object.fromEntries(model.flowNodes.filter((n) => n.$type === 'bpmn:EndEvent').map((n) => [n.id, vd(n, 'result') ?? null]));
    for (const [id, result] of Object.entries(results)) {
      const expected = id.endsWith('_appraise_overdue')
        ? null
        : id.endsWith('_awarded') ? 'granted'
        : id === 'central_submitted' ? 'submitted'
        : id.endsWith('_vote_failed') ? 'vote-failed'
        : id.endsWith('_withdrawn') ? 'withdrawn'
        : id.endsWith('_expired') ? 'expired'
        : id.endsWith('_authority_ended') ? 'authority-ended'
        : 'rejected';
      expect({ id, result }).toEqual({ id, result: expected });
    }
    expect(Object.values(results).filter((result) => result === 'granted')).toHaveLength(chain.levels.length - 1);
  });

  it('names every element in Vietnamese', () => {
    const unnamed = model.flowNodes.filter((n) => !VIETNAMESE_LETTER.test(n.name ?? '')).map((n) => n.id);
    expect(unnamed).toEqual([]);
    expect(VIETNAMESE_LETTER.test(model.process.name ?? '')).toBe(true);
    // Flows are labelled where they carry a decision (bpmnlint flags labels elsewhere).
    const guarded = model.sequenceFlows.filter((f) => conditionOf(f) || ref(f, 'sourceRef').default === f);
    expect(guarded.filter((f) => !VIETNAMESE_LETTER.test(f.name ?? '')).map((f) => f.id)).toEqual([]);
  });

  it('draws every element once: shapes for nodes, edges from border to border for flows', () => {
    const missing = [...model.flowNodes, ...model.sequenceFlows].filter((e) => model.diById.get(e.id!)?.length !== 1);
    expect(missing.map((e) => e.id)).toEqual([]);
    for (const node of model.flowNodes) {
      const [di] = model.diById.get(node.id!)!;
      expect({ id: node.id, type: di.$type, positive: boundsOf(di).x > 0 && boundsOf(di).y > 0 }).toEqual({
        id: node.id,
        type: 'bpmndi:BPMNShape',
        positive: true,
      });
    }
    for (const flow of model.sequenceFlows) {
      const [di] = model.diById.get(flow.id!)!;
      const points = waypointsOf(di);
      const shapeOf = (end: string) => boundsOf(model.diById.get(ref(flow, end).id!)![0]);
      expect({
        id: flow.id,
        type: di.$type,
        enough: points.length >= 2,
        leavesSource: onBorder(points[0], shapeOf('sourceRef')),
        reachesTarget: onBorder(points[points.length - 1], shapeOf('targetRef')),
        orthogonal: points.slice(1).every((p, i) => p.x === points[i].x || p.y === points[i].y),
      }).toEqual({ id: flow.id, type: 'bpmndi:BPMNEdge', enough: true, leavesSource: true, reachesTarget: true, orthogonal: true });
    }
  });

  it('keeps every label clear of shapes and of other labels', () => {
    const shapes = model.flowNodes.map((n) => ({ id: n.id!, rect: boundsOf(model.diById.get(n.id!)![0]) }));
    const labels = [...model.flowNodes, ...model.sequenceFlows]
      .map((e) => ({ id: `${e.id} label`, rect: labelBoundsOf(model.diById.get(e.id!)![0]) }))
      .filter((l): l is { id: string; rect: Rect } => l.rect !== undefined);
    expect(labels.length).toBeGreaterThan(20);
    const clashes: string[] = [];
    labels.forEach((label, i) => {
      for (const other of [...shapes, ...labels.slice(i + 1)]) {
        if (intersects(label.rect, other.rect)) clashes.push(`${label.id} × ${other.id}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('passes the bpmnlint recommended rules without a single report', async () => {
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const reports = await linter.lint(model.definitions);
    const flat = Object.entries(reports).flatMap(([rule, rs]) => rs.map((r) => `${rule}: ${r.id} ${r.message}`));
    expect(flat).toEqual([]);
  });
});

describe('generated files', () => {
  it('are exactly what processes/tools/generate-chains.mjs writes', () => {
    const run = () => execFileSync(process.execPath, [join(PROCESSES_DIR, 'tools', 'generate-chains.mjs'), '--check'], { stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
