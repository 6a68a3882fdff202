import { VD_NAMESPACE, vdModdleDescriptor } from '@vinh-danh/engine';
import { ISSUE_CODES } from '../issue-codes';
import { endEvent, sequenceFlow, startEvent, subProcess } from '../testing/bpmn-builder';
import { lintPieces } from '../testing/report-helpers';
import { lintVdDescriptor } from './vd-descriptor';

const shape = (descriptor: typeof vdModdleDescriptor) =>
  descriptor.types.map((type) => ({ name: type.name, extends: type.extends, attributes: type.properties.map((property) => property.name) }));

describe('the vd: descriptor the lint reads with', () => {
  it("declares the engine's attributes on the engine's element types, in the engine's namespace", () => {
    expect(lintVdDescriptor.uri).toBe(VD_NAMESPACE);
    expect(lintVdDescriptor.prefix).toBe(vdModdleDescriptor.prefix);
    expect(shape(lintVdDescriptor)).toEqual(shape(vdModdleDescriptor));
  });

  it('reads every attribute as written (String), where the engine may coerce', () => {
    const types = lintVdDescriptor.types.flatMap((type) => type.properties.map((property) => property.type));

    expect(new Set(types)).toEqual(new Set(['String']));
    expect(vdModdleDescriptor.types.flatMap((type) => type.properties.map((property) => property.type))).toContain('Integer');
  });

  it('knows vd: attributes on a subprocess too, as the engine does', async () => {
    const sub = subProcess('Sub', [startEvent('s1'), endEvent('e1'), sequenceFlow('sf', 's1', 'e1')]);
    const withLevel = { ...sub, xml: (children: string) => sub.xml(children).replace('<bpmn:subProcess', '<bpmn:subProcess vd:level="province"') };

    const report = await lintPieces([startEvent('start'), withLevel, endEvent('end'), sequenceFlow('f1', 'start', 'Sub'), sequenceFlow('f2', 'Sub', 'end')]);

    expect(report.warnings.filter((issue) => issue.code === ISSUE_CODES.bpmnUnknownAttribute)).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
