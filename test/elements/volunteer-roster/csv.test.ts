import { expect } from '@open-wc/testing';
import { BOM, buildCsv, csvCell } from '../../../src/elements/shared/csv.js';

describe('volunteer-roster CSV (pure)', () => {
  it('neutralises spreadsheet formulas with a leading quote', () => {
    expect(csvCell(`=cmd|' /C calc'!A0`)).to.equal(`'=cmd|' /C calc'!A0`);
    expect(csvCell('+1')).to.equal(`'+1`);
    expect(csvCell('-1')).to.equal(`'-1`);
    expect(csvCell('@SUM(A1)')).to.equal(`'@SUM(A1)`);
    expect(csvCell('\t=1+2')).to.equal(`"'\t=1+2"`);
    expect(csvCell('\r=1')).to.equal(`"'\r=1"`);
  });

  it('quotes and escapes delimiters, quotes, tabs and line breaks', () => {
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line1\nline2')).to.equal('"line1\nline2"');
    expect(csvCell('a\tb')).to.equal('"a\tb"');
    expect(csvCell(' padded ')).to.equal('" padded "');
    expect(csvCell('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('keeps Chinese text, numbers and empty cells as they are', () => {
    expect(csvCell('张建国')).to.equal('张建国');
    expect(csvCell('兴华社区 安和花园')).to.equal('兴华社区 安和花园');
    expect(csvCell(12.5)).to.equal('12.5');
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(null)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(true)).to.equal('true');
  });

  it('builds a document with a UTF-8 BOM and CRLF line ends', () => {
    const csv = buildCsv(['姓名', '手机'], [['王秀英', '138****5678'], ['-1', 'a,"b"']]);
    expect(csv.startsWith(BOM)).to.equal(true);
    expect(csv).to.equal(`${BOM}姓名,手机\r\n王秀英,138****5678\r\n'-1,"a,""b"""\r\n`);
    expect(buildCsv(['a'], [], { bom: false })).to.equal('a\r\n');
    // The BOM makes the bytes start EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
