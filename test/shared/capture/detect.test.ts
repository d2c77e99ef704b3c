import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../../shared/capture/detect';
import { encodeUtf16leWithBom, readFixture, readFixtureText } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

describe('recognising a capture file by its content', () => {
  it.each([
    ['uninstall-sample.reg', 'reg-export'],
    ['reg-query-uninstall.txt', 'reg-query'],
    ['ps-uninstall.json', 'ps-json'],
    ['dpkg-scan.tsv', 'dpkg'],
    ['rpm-list.tsv', 'rpm'],
    ['macos-apps.txt', 'macos-text'],
    ['macos.json', 'macos-json'],
    ['glpi-machine.json', 'glpi-json'],
    ['glpi-machine.xml', 'glpi-xml'],
    ['collector-windows.json', 'collector'],
  ])('reads %s as %s whatever the file is called', (fixture, source) => {
    const result = parseCaptureFile('renamed.dat', readFixture(fixture));
    expect(result.machines[0]?.source).toBe(source);
  });

  it('reads WMI list output saved as UTF-16', () => {
    const bytes = encodeUtf16leWithBom(
      '\r\n\r\nCaption=Microsoft Windows 10 Pro\r\nBuildNumber=19045\r\nCSName=PC\r\n',
    );
    expect(parseCaptureFile('os.wmi', bytes).machines[0]?.source).toBe('wmi');
  });

  it('names the file in line-level problems so a batch import stays readable', () => {
    const result = parseCaptureFile('D:\\采集\\pc1.reg', readFixture('uninstall-sample.reg'));
    expect(result.problems[0]?.params).toMatchObject({ file: 'pc1.reg', line: 50 });
  });

  it('gives a clear message for unknown, empty, broken and oversized files', () => {
    expect(parseCaptureFile('notes.txt', encode('Dear colleagues,\nplease find attached.')).problems).toEqual(
      [{ key: 'capture:problems.unknownFormat', params: { file: 'notes.txt' } }],
    );
    expect(parseCaptureFile('a.reg', new Uint8Array()).problems[0]?.key).toBe('capture:problems.emptyFile');
    expect(parseCaptureFile('a.json', encode('{"content": ')).problems[0]?.key).toBe(
      'capture:problems.invalidJson',
    );
    expect(parseCaptureFile('a.json', encode('{"hello": "world"}')).problems[0]?.key).toBe(
      'capture:problems.unknownJson',
    );
    expect(parseCaptureFile('a.xml', encode('<html><body/></html>')).problems[0]?.key).toBe(
      'capture:problems.unknownXml',
    );
    const huge = { length: 300 * 1024 * 1024 } as Uint8Array; // only the length is looked at
    expect(parseCaptureFile('big.reg', huge).problems[0]?.key).toBe('capture:problems.tooLarge');
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      const bytes = new Uint8Array(64 + round * 13);
      for (let i = 0; i < bytes.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = seed & 0xff;
      }
      expect(() => parseCaptureFile('random.bin', bytes)).not.toThrow();
    }
  });

  it('never throws on truncated versions of every fixture', () => {
    for (const name of ['glpi-machine.xml', 'glpi-machine.json', 'uninstall-sample.reg', 'macos.json']) {
      const text = readFixtureText(name);
      for (let cut = 0; cut < text.length; cut += 37) {
        expect(() => parseCaptureFile(name, encode(text.slice(0, cut)))).not.toThrow();
      }
    }
  });
});
