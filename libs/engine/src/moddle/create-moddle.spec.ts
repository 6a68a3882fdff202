import { VD_NAMESPACE } from '../contract';
import { definitionsXml, userTask } from '../testing/bpmn-xml';
import { createModdle } from './create-moddle';
import { vdModdleDescriptor } from './vd-descriptor';

describe('createModdle', () => {
  it('reads vd: and camunda: attributes on user tasks', async () => {
    const xml = definitionsXml(
      userTask('review', { outcomes: ['approve', 'return'], level: 'district', limitWorkingDays: 20, legalBasis: 'Điều 5', candidateGroups: 'clerk' }),
    );

    const { elementsById, warnings } = await createModdle().fromXML(xml);
    const task = elementsById.review;

    expect(warnings).toEqual([]);
    expect(task.get('vd:outcomes')).toBe('approve,return');
    expect(task.get('vd:level')).toBe('district');
    expect(task.get('vd:limitWorkingDays')).toBe(20);
    expect(task.get('vd:legalBasis')).toBe('Điều 5');
    expect(task.get('camunda:candidateGroups')).toBe('clerk');
  });

  it('allows vd: attributes on other activities and writes them back', async () => {
    const xml = definitionsXml('<bpmn:subProcess id="appraisal" vd:level="province" vd:limitWorkingDays="25" />');
    const moddle = createModdle();

    const { rootElement, elementsById } = await moddle.fromXML(xml);
    const { xml: written } = await moddle.toXML(rootElement);

    expect(elementsById.appraisal.get('vd:limitWorkingDays')).toBe(25);
    expect(written).toContain(`xmlns:vd="${VD_NAMESPACE}"`);
    expect(written).toContain('vd:level="province"');
  });

  it('exposes the descriptor under the contract namespace, untouched by moddle', async () => {
    await createModdle().fromXML(definitionsXml(userTask('review', { level: 'commune' })));

    expect(vdModdleDescriptor).toMatchObject({ prefix: 'vd', uri: VD_NAMESPACE });
    expect(vdModdleDescriptor.types[0].properties.map((property) => property.name)).toEqual(['level', 'limitWorkingDays', 'legalBasis', 'outcomes']);
  });
});
