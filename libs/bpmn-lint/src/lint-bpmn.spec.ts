import { ISSUE_CODES } from './issue-codes';
import { lintBpmn } from './lint-bpmn';
import { bpmnDocument, NAMESPACES } from './testing/bpmn-builder';
import { approvalChainModel, minimalValidModel, minimalValidPieces } from './testing/models';
import { codes, pairs } from './testing/report-helpers';

describe('lintBpmn', () => {
  it('passes a minimal valid model with no finding at all', async () => {
    await expect(lintBpmn(minimalValidModel())).resolves.toEqual({ ok: true, errors: [], warnings: [], processId: 'Process_1' });
  });

  it('passes a realistic approval chain (loop back, default flow, reminder timer, form key)', async () => {
    await expect(lintBpmn(approvalChainModel())).resolves.toEqual({ ok: true, errors: [], warnings: [], processId: 'Process_1' });
  });

  it('reads bytes as well as strings', async () => {
    const report = await lintBpmn(Buffer.from(`\uFEFF${minimalValidModel()}`, 'utf8'));

    expect(report).toMatchObject({ ok: true, processId: 'Process_1' });
  });

  it('applies maxBytes, and the 2 MiB default', async () => {
    const model = minimalValidModel();
    const small = await lintBpmn(model, { maxBytes: 1000 });
    const padded = model.replace('<bpmn:process', `<!--${' '.repeat(2 * 1024 * 1024)}-->\n  <bpmn:process`);

    expect(codes(small.errors)).toEqual([ISSUE_CODES.xmlTooLarge]);
    expect(small.errors[0].message).toContain('1000 byte');
    expect(codes((await lintBpmn(padded)).errors)).toEqual([ISSUE_CODES.xmlTooLarge]);
    expect((await lintBpmn(model, { maxBytes: 1_000_000 })).ok).toBe(true);
  });

  it('reports malformed XML with its position', async () => {
    const xml = minimalValidModel().replace('</bpmn:process>', '</bpmn:proces>');
    const line = xml.split('\n').findIndex((text) => text.includes('</bpmn:proces>')) + 1;

    const report = await lintBpmn(xml);

    expect(report).toEqual({
      ok: false,
      errors: [{ code: ISSUE_CODES.xmlMalformed, message: expect.stringContaining('closing tag mismatch'), line, column: 3 }],
      warnings: [],
    });
  });

  it.each([
    ['plain text', 'Quy trình khen thưởng cấp xã', ISSUE_CODES.xmlNotXml],
    ['JSON', '{"process": "khen-thuong"}', ISSUE_CODES.xmlNotXml],
    ['an empty file', '', ISSUE_CODES.xmlEmpty],
    ['binary bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]), ISSUE_CODES.xmlNotUtf8],
    ['HTML', '<html><body>hi</body></html>', ISSUE_CODES.bpmnNotDefinitions],
    ['a bare process', `<bpmn:process xmlns:bpmn="${NAMESPACES.bpmn}" id="p" isExecutable="true"/>`, ISSUE_CODES.bpmnNotDefinitions],
    ['definitions in another namespace', '<definitions xmlns="http://www.omg.org/bpmn20" id="d"/>', ISSUE_CODES.bpmnNotDefinitions],
  ])('refuses %s with one clear error', async (_label, input, code) => {
    const report = await lintBpmn(input);

    expect(report.ok).toBe(false);
    expect(codes(report.errors)).toEqual([code]);
  });

  it('never throws, even when called from JavaScript with something that is not a document', async () => {
    const report = await lintBpmn(42 as unknown as string);

    expect(codes(report.errors)).toEqual([ISSUE_CODES.xmlNotXml]);
  });

  it.each([
    ['isExecutable="false"', 'false'],
    ['no isExecutable attribute', undefined],
  ])('refuses a model whose only process has %s, naming that process', async (_label, isExecutable) => {
    const report = await lintBpmn(bpmnDocument(minimalValidPieces(), { isExecutable }));

    expect(report.processId).toBeUndefined();
    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.bpmnNoExecutableProcess}@Process_1`]);
    expect(report.errors[0].message).toContain('isExecutable="true"');
  });

  it('refuses definitions with no process at all', async () => {
    const xml = `<bpmn:definitions xmlns:bpmn="${NAMESPACES.bpmn}" id="d" targetNamespace="x"/>`;

    const report = await lintBpmn(xml);

    expect(pairs(report.errors)).toEqual([`${ISSUE_CODES.bpmnNoExecutableProcess}@-`]);
  });

  it('lints the executable pool of a collaboration and leaves the other pools alone', async () => {
    const otherPool = '<bpmn:process id="Citizen" isExecutable="false"><bpmn:task id="Untyped"/></bpmn:process>';
    const collaboration =
      '<bpmn:collaboration id="Collab"><bpmn:participant id="Office" name="UBND xã" processRef="Process_1"/>' +
      '<bpmn:participant id="People" name="Người dân" processRef="Citizen"/></bpmn:collaboration>';

    const report = await lintBpmn(bpmnDocument(minimalValidPieces(), { before: collaboration + otherPool }));

    expect(report).toMatchObject({ ok: true, errors: [], processId: 'Process_1' });
    expect(report.warnings.map((issue) => issue.elementId)).not.toContain('Untyped');
  });

  it('refuses two executable processes, naming both', async () => {
    const second = '<bpmn:process id="Second" isExecutable="true"><bpmn:startEvent id="s2"/></bpmn:process>';

    const report = await lintBpmn(bpmnDocument(minimalValidPieces(), { before: second }));

    expect(pairs(report.errors)).toEqual([
      `${ISSUE_CODES.bpmnMultipleExecutableProcesses}@Second`,
      `${ISSUE_CODES.bpmnMultipleExecutableProcesses}@Process_1`,
    ]);
  });

  it('turns moddle warnings into issues: dropped content and unknown attributes warn, a broken flow is an error', async () => {
    const xml = minimalValidModel()
      .replace('<bpmn:endEvent', '<bpmn:fooTask id="Strange"/><bpmn:endEvent')
      .replace('vd:outcomes=', 'vd:outcome="x" vd:outcomes=')
      .replace('targetRef="end"', 'targetRef="Nowhere"');

    const report = await lintBpmn(xml);

    expect(pairs(report.warnings)).toEqual(
      expect.arrayContaining([`${ISSUE_CODES.bpmnParseWarning}@-`, `${ISSUE_CODES.bpmnUnknownAttribute}@task`]),
    );
    expect(report.warnings.find((issue) => issue.code === ISSUE_CODES.bpmnParseWarning)).toMatchObject({
      message: expect.stringContaining('bpmn:fooTask'),
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(pairs(report.errors)).toContain(`${ISSUE_CODES.bpmnUnresolvedReference}@f2`);
  });
});
