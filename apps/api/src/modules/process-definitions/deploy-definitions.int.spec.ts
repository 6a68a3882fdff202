import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChainDriver } from '../../testing/chain-driver';
import { useTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'bpmn-miwg-reference');
const PROCESSES = join(__dirname, '..', '..', '..', '..', '..', 'processes');

const minimalModel = (body: string, processAttributes = 'isExecutable="true"') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:vd="http://vinhdanh.vn/schema/bpmn/1.0" id="defs" targetNamespace="http://vinhdanh.vn/test">
  <bpmn:process id="p" ${processAttributes}>${body}</bpmn:process>
</bpmn:definitions>`;

describe('process definitions', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;
  let province: string;

  beforeAll(async () => {
    ({ t, driver } = app);
    province = await driver.localityId('24');
  });

  const definitionCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM process_definitions'))[0].n as number;
  const deploy = async (xml: string, username = 'admin.24', localityId = province) =>
    t.http().post('/api/process-definitions').set(await t.as(username)).send({ key: 'test-flow', localityId, xml });

  it.each([
    ['an external entity (XXE)', `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>`, 'xml.doctype-forbidden'],
    ['a billion laughs', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`, 'xml.doctype-forbidden'],
    ['malformed XML', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">', 'xml.malformed'],
    ['something that is not XML', '%PDF-1.7 this is a PDF', 'xml.not-xml'],
  ])('refuses %s before any parser expands it (400) and stores nothing', async (_what, xml, issue) => {
    const before = await definitionCount();
    const response = await deploy(xml);
    expect([response.status, response.body.code]).toEqual([400, 'BPMN_XML_REJECTED']);
    expect(response.body.details.errors.map((error: { code: string }) => error.code)).toContain(issue);
    expect(JSON.stringify(response.body)).not.toContain('root:');
    expect(await definitionCount()).toBe(before);
  });

  it('refuses a model with no executable process (422)', async () => {
    const response = await deploy(minimalModel('<bpmn:startEvent id="s"/>', 'isExecutable="false"'));
    expect([response.status, response.body.code]).toEqual([422, 'BPMN_LINT_FAILED']);
    expect(response.body.details.errors[0].code).toBe('bpmn.no-executable-process');
  });

  it('names the elements it cannot run: a script task never reaches the server', async () => {
    const response = await deploy(
      minimalModel(`<bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="evil"/>
        <bpmn:scriptTask id="evil" scriptFormat="javascript"><bpmn:script>process.exit(1)</bpmn:script></bpmn:scriptTask>
        <bpmn:sequenceFlow id="f2" sourceRef="evil" targetRef="e"/><bpmn:endEvent id="e"/>`),
    );
    expect(response.status).toBe(422);
    const ids = response.body.details.errors.map((error: { elementId?: string }) => error.elementId);
    expect(ids).toContain('evil');
  });

  it('refuses an upload over the size limit with 413', async () => {
    const response = await deploy(minimalModel(`<bpmn:documentation>${'x'.repeat(3 * 1024 * 1024)}</bpmn:documentation>`));
    expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('answers every MIWG reference model from other tools with a 4xx naming real element ids, never a 500', async () => {
    const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.bpmn'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const xml = readFileSync(join(FIXTURES, file), 'utf8');
      const response = await deploy(xml);
      expect({ file, status: response.status }).toEqual({ file, status: 422 });
      for (const error of response.body.details.errors as Array<{ elementId?: string }>) {
        if (error.elementId) expect(xml).toContain(`"${error.elementId}"`);
      }
    }
  });

  it('lets only an admin of the unit or above deploy', async () => {
    const xml = readFileSync(join(PROCESSES, 'commendation-four-tier.bpmn'), 'utf8');
    const clerk = await deploy(xml, 'clerk.24');
    expect([clerk.status, clerk.body.code]).toEqual([403, 'DEPLOY_FORBIDDEN']);
    const districtAdmin = await deploy(xml, 'admin.215');
    expect([districtAdmin.status, districtAdmin.body.code]).toEqual([403, 'DEPLOY_FORBIDDEN']);
    const otherProvince = await deploy(xml, 'admin.01');
    expect(otherProvince.status).toBe(403);
  });

  it('versions each deployment and runs a province variant for its own communes only', async () => {
    const central = await t.http().get('/api/process-definitions?key=commendation-four-tier').set(await t.as('admin')).expect(200);
    const centralId = central.body[0].id as string;
    const variantXml = readFileSync(join(PROCESSES, 'commendation-four-tier.bpmn'), 'utf8').replace(/name="Quy trình[^"]*"/, 'name="Quy trình khen thưởng — Bắc Giang"');
    const first = await t.http().post('/api/process-definitions').set(await t.as('admin.24')).send({ key: 'commendation-four-tier', localityId: province, xml: variantXml }).expect(201);
    const second = await t.http().post('/api/process-definitions').set(await t.as('admin.24')).send({ key: 'commendation-four-tier', localityId: province, xml: variantXml }).expect(201);
    expect([first.body.version, second.body.version]).toEqual([1, 2]);
    const xml = await t.http().get(`/api/process-definitions/${second.body.id}/xml`).set(await t.as('admin.24')).expect(200);
    expect(xml.text).toBe(variantXml);
    expect(xml.headers['content-type']).toContain('application/xml');

    const inProvince = await driver.createAndSubmit({ localityCode: '07234', awardTypeCode: 'BK-CT-TINH' });
    const running = await t.dataSource.query('SELECT definition_id FROM process_instances WHERE dossier_id = $1', [inProvince]);
    expect(running[0].definition_id).toBe(second.body.id);
    expect(running[0].definition_id).not.toBe(centralId);
  });
});
