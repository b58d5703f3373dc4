import { expect } from '@open-wc/testing';
import { createOpen311Adapter } from '../../../src/adapters/open311/index.js';
import type { CaseCategory } from '../../../src/domain/cases.js';
import { parseResponse } from '../../../src/adapters/validating.js';
import { casesResponses } from '../../../src/adapters/response-schemas/cases.js';
import { fixtureFetch, type Route } from '../../helpers/standards.js';

const ENDPOINT = 'https://city.example/open311/v2';
const O = 'open311';

async function categories(format: 'json' | 'xml', routes: Record<string, Route | string>): Promise<CaseCategory[]> {
  const adapter = createOpen311Adapter({ endpoint: ENDPOINT, format, fetch: fixtureFetch(ENDPOINT, routes) });
  // What a widget sees: through the contract's schemas.
  return parseResponse(casesResponses.categories, await adapter.cases.categories(), 'cases.categories');
}

const byCode = (list: CaseCategory[], code: string) => list.find((c) => c.code === code)!;

describe('open311 categories: services and their definitions', () => {
  it('reads the spec example services.json, which is not valid JSON (service_code 001), as the XML one', async () => {
    const definition = { json: `${O}/spec-wiki/service-definition.json`, xml: `${O}/spec-wiki/service-definition.xml` };
    const fromJson = await categories('json', {
      'GET services.json': `${O}/spec-wiki/services.json`,
      'GET services/001.json': definition.json,
      'GET services/002.json': definition.json,
      'GET services/003.json': definition.json,
    });
    const fromXml = await categories('xml', {
      'GET services.xml': `${O}/spec-wiki/services.xml`,
      'GET services/001.xml': definition.xml,
      'GET services/002.xml': definition.xml,
      'GET services/003.xml': definition.xml,
    });
    expect(fromJson.map((c) => c.code)).to.deep.equal(['001', '002', '003']);
    expect(fromXml).to.deep.equal(fromJson);
    const cans = fromJson[0]!;
    expect(cans).to.include({ name: 'Cans left out 24x7', group: 'sanitation', groupName: 'sanitation' });
    expect(cans.keywords).to.deep.equal(['lorem', 'ipsum', 'dolor']);
    expect(cans.questions).to.deep.equal([
      {
        code: 'WHISHETN',
        label: 'What is the ticket/tag/DL number?',
        datatype: 'single',
        required: true,
        order: 1,
        options: [
          { key: '123', label: 'Ford' },
          { key: '124', label: 'Chrysler' },
        ],
      },
    ]);
  });

  it('reads services without a group, with several groups, with a group holding a newline, and with &amp;', async () => {
    const giessen = await categories('xml', { 'GET services.xml': `${O}/open311status/giessen_services.xml` });
    expect(giessen.length).to.be.greaterThan(5);
    expect(giessen.every((c) => c.group === 'open311' && c.groupName === '')).to.equal(true);
    expect(giessen.map((c) => c.name)).to.include('Verkehrsschild beschädigt');
    const multi = await categories('xml', {
      'GET services.xml': `${O}/mysociety-open311-adapter/passthrough_services_multigroup.xml`,
      'GET services/ABC_DEF.xml': `${O}/mysociety-open311-adapter/passthrough_service_definition.xml`,
      'GET services/ABC_DEF_1.xml': `${O}/mysociety-fixmystreet/populate_definition_empty_attributes.xml`,
    });
    expect(multi.map((c) => [c.code, c.group])).to.deep.equal([
      ['ABC_DEF', 'Flooding'],
      ['ABC_DEF_1', 'Flooding & Drainage'],
    ]);
    expect(multi[1]!.keywords).to.deep.equal([]);
    const fms = await categories('xml', { 'GET services.xml': `${O}/mysociety-fixmystreet/populate_services_groups_whitespace.xml` });
    expect(fms.map((c) => c.group)).to.deep.equal(['sanitation', 'street']);
    const sf = await categories('xml', { 'GET services.xml': `${O}/open311status/san_francisco_services.xml` });
    expect(byCode(sf, '001')).to.include({ name: 'Cans_Left_Out_24x7', group: 'Litter Receptacles' });
  });

  it('reads booleans as text, numeric codes, null names, wrapped lists and a 46-service capture', async () => {
    const own = await categories('json', {
      'GET services.json': 'own/open311/services-string-booleans.json',
      'GET services/POT.json': 'own/open311/service-definition-all-types.json',
    });
    expect(own.map((c) => [c.code, c.name, c.group])).to.deep.equal([
      ['BIN', 'Bins left out', 'Rubbish & recycling'],
      ['POT', 'Pothole', 'Roads'],
      ['7', '7', 'open311'],
    ]);
    expect(byCode(own, 'BIN').questions).to.deep.equal([]);
    expect(byCode(own, 'POT').questions.length).to.be.greaterThan(0);
    const wrapped = await categories('json', { 'GET services.json': 'own/open311/services-wrapped.json' });
    expect(wrapped.map((c) => c.code)).to.deep.equal(['ABC']);
    const definitions: Record<string, string> = {};
    const bloomington = JSON.parse(await (await fetch(`/test/fixtures/standards/${O}/open311status/bloomington_services.json`)).text()) as Array<{
      service_code: string;
      metadata: boolean;
    }>;
    for (const s of bloomington) if (s.metadata) definitions[`GET services/${s.service_code}.json`] = `${O}/spec-wiki/service-definition.json`;
    const all = await categories('json', { 'GET services.json': `${O}/open311status/bloomington_services.json`, ...definitions });
    expect(all).to.have.length(46);
    expect(all.map((c) => c.group)).to.include('Most Popular');
  });

  it('turns every datatype into a question, in order, and leaves out what users do not answer', async () => {
    const [pot] = await categories('json', {
      'GET services.json': { body: '[{"service_code":"POT","service_name":"Pothole","metadata":true}]' },
      'GET services/POT.json': 'own/open311/service-definition-all-types.json',
    });
    expect(pot!.questions.map((q) => [q.code, q.datatype, q.required, q.order])).to.deep.equal([
      ['where', 'single', true, 1],
      ['depth', 'number', true, 2],
      ['seen_at', 'datetime', false, 3],
      ['hazards', 'multi', false, 4],
      ['notes', 'text', false, 5],
      ['landmark', 'string', false, 6],
      ['colour', 'string', false, 7], // a list with no values is asked as text
      ['shape', 'string', false, 8], // an unknown datatype too
    ]);
    expect(pot!.questions[0]!.options).to.deep.equal([
      { key: '1', label: 'Road' },
      { key: '2', label: 'Pavement' },
    ]);
    expect(pot!.questions[1]).to.include({ label: 'How deep is it?', hint: 'in centimetres' });
    expect(pot!.questions[5]!.label).to.equal('landmark');
    // The informational attribute (variable false) is told, not asked.
    expect(pot!.description).to.equal('We fix potholes within 5 working days.');
  });

  it('reads the XML definitions real servers send', async () => {
    const one = (code: string, file: string) =>
      categories('xml', {
        'GET services.xml': { body: `<services><service><service_code>${code}</service_code><service_name>S</service_name><metadata>true</metadata></service></services>` },
        [`GET services/${code}.xml`]: file,
      }).then((list) => list[0]!);
    // No <attributes> wrapper, tabs and trailing whitespace.
    expect((await one('DMV66', `${O}/codeforamerica-open311-ruby/service_definition.xml`)).questions.map((q) => q.code)).to.deep.equal(['WHISHETN']);
    // Orders 1, 3, 2 and four attributes all with order 1.
    expect((await one('100', `${O}/mysociety-fixmystreet/populate_definition_order_out_of_sequence.xml`)).questions.map((q) => q.code)).to.deep.equal([
      'type',
      'size',
      'colour',
    ]);
    expect((await one('100', `${O}/mysociety-fixmystreet/populate_definition_duplicate_order.xml`)).questions.map((q) => q.code)).to.deep.equal([
      'type',
      'title',
      'report_url',
      'easting',
    ]);
    // Escaped markup in a description is text; the tags are dropped.
    expect((await one('100', `${O}/mysociety-fixmystreet/populate_definition_html_escaped_description.xml`)).questions[0]!.label).to.equal('Type of bin');
    // Washington DC: informational text attributes, <values />, orders 9, 3, 1, 8, 4, 2.
    const dc = await one('S0301', `${O}/oiva-node-open311/dc-services-S0301.xml`);
    expect(dc.questions.map((q) => [q.code, q.datatype])).to.deep.equal([
      ['WHISPOLO', 'single'],
      ['WHMAISAL', 'single'],
      ['ISITHAZA', 'single'],
      ['WATHPRDA', 'single'],
    ]);
    expect(dc.description).to.match(/^DDOT's standard is to repair potholes/);
    // mySociety's <automated> attributes are filled in by the server; <name> before <key>; datetime.
    const confirm = await one('HM_PHS', `${O}/mysociety-open311-adapter/fixture_confirm_service_without_ign_attribute.xml`);
    expect(confirm.questions.map((q) => [q.code, q.datatype])).to.deep.equal([
      ['QUES', 'single'],
      ['QUES2', 'string'],
      ['SINC', 'datetime'],
    ]);
    expect(confirm.questions[0]!.options!.map((o) => o.key)).to.deep.equal(['DK', 'N', 'Y']);
    // Merton: nothing but automated and informational attributes, no descriptions.
    expect((await one('DF', `${O}/mysociety-open311-adapter/fixture_merton_service.xml`)).questions).to.deep.equal([]);
    const pot = await one('POT', `${O}/mysociety-open311-adapter/endpoint_service_definition_POT.xml`);
    expect(pot.questions.map((q) => [q.code, q.datatype, q.required])).to.deep.equal([
      ['depth', 'number', true],
      ['shape', 'single', false],
    ]);
  });

  it('reads numeric attribute codes (Libre311) and a service with metadata but no definition', async () => {
    const list = await categories('json', {
      'GET services.json': { body: '[{"service_code":42,"service_name":"Roads","metadata":true},{"service_code":"X","service_name":"No def","metadata":true}]' },
      'GET services/42.json': `${O}/libre311/service_definition_numeric_codes.json`,
    });
    expect(list[0]!.questions.map((q) => [q.code, q.datatype])).to.deep.equal([
      ['101', 'string'],
      ['102', 'multi'],
    ]);
    expect(list[0]!.questions[1]!.options!.map((o) => o.key)).to.deep.equal(['1', '2', '3']);
    expect(list[1]!.questions).to.deep.equal([]);
  });

  it('answers a services list that is not one with invalid_response', async () => {
    const adapter = createOpen311Adapter({ endpoint: ENDPOINT, fetch: fixtureFetch(ENDPOINT, { 'GET services.json': 'own/open311/not-open311.json' }) });
    const error = await adapter.cases.categories().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.have.property('code', 'invalid_response');
  });
});
