import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../../shared/capture/detect';
import { parseGlpiXml } from '../../../shared/capture/glpi';
import { readFixture } from './fixtures';

describe('importing GLPI Agent inventories', () => {
  const fromJson = parseCaptureFile('pc.json', readFixture('glpi-machine.json'));
  const fromXml = parseCaptureFile('pc.xml', readFixture('glpi-machine.xml'));
  const json = fromJson.machines[0];
  const xml = fromXml.machines[0];

  it('recognises both the JSON and the XML form', () => {
    expect(json?.source).toBe('glpi-json');
    expect(xml?.source).toBe('glpi-xml');
    expect(fromJson.problems).toEqual([]);
    expect(fromXml.problems).toEqual([]);
  });

  it('gives the same host name, serial and UUID for the JSON and XML of one computer', () => {
    expect(json).toMatchObject({
      hostname: 'ZFB-PC-023',
      serial: '5XYZ123',
      uuid: '8C1F2A3B-4D5E-6F70-8192-A3B4C5D6E7F8',
    });
    expect({ hostname: xml?.hostname, serial: xml?.serial, uuid: xml?.uuid }).toEqual({
      hostname: json?.hostname,
      serial: json?.serial,
      uuid: json?.uuid,
    });
  });

  it('reads the same programs, OS and licences from both forms', () => {
    expect(xml?.programs).toEqual(json?.programs);
    expect(xml?.os).toEqual(json?.os);
    expect(xml?.activation).toEqual(json?.activation);
    expect(xml?.manufacturer).toBe('Dell Inc.');
    expect(xml?.machineType).toBe('desktop');
  });

  it('classifies KB updates and system components and adds the antivirus as a program', () => {
    expect(json?.programs.map((program) => [program.name, program.kind, program.installDate])).toEqual([
      ['WPS Office (11.1.0.14309)', 'application', '2023-09-01'],
      ['KB5034441', 'update', '2024-01-10'],
      ['Intel(R) Management Engine Components', 'system-component', ''],
      ['火绒安全软件', 'application', ''],
    ]);
  });

  it('keeps only the last five characters of product keys', () => {
    expect(
      json?.activation.map((record) => [record.target, record.partialProductKey, record.productId]),
    ).toEqual([
      ['office', 'WFG99', '00339-10000-00000-AA123'],
      ['os', 'T83GX', '00330-80000-00000-AA123'],
    ]);
    expect(JSON.stringify(json)).not.toContain('XXXXX-XXXXX');
  });

  it('refuses an XML inventory that declares entities, without expanding them', () => {
    const hostile =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><REQUEST><CONTENT>&b;</CONTENT></REQUEST>';
    const result = parseGlpiXml(hostile);
    expect(result.machines).toEqual([]);
    expect(result.problems).toEqual([{ key: 'capture:problems.xmlDoctype', params: { line: 1 } }]);
  });

  it('reports broken XML with a line number', () => {
    const result = parseGlpiXml('<REQUEST>\n<CONTENT>\n<HARDWARE><NAME>x</HARDWARE>\n</CONTENT></REQUEST>');
    expect(result.problems).toEqual([{ key: 'capture:problems.xmlMalformed', params: { line: 3 } }]);
  });
});
