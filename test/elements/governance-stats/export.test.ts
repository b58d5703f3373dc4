import { expect } from '@open-wc/testing';
import type { Adapter } from '../../../src/adapters/contract.js';
import { BOM } from '../../../src/elements/shared/csv.js';
import type { GovernanceStats } from '../../../src/elements/governance-stats/governance-stats.js';
import { $, memory, mountStats, text, until } from './helpers.js';

interface Download {
  name: string;
  blob: Blob;
}

/** Catches what the widget downloads: the Blob behind each link it clicks, and the file name. */
function catchDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    else click.call(this);
  };
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('<governance-stats> exports', function () {
  this.timeout(60_000);
  let caught: ReturnType<typeof catchDownloads>;
  beforeEach(() => (caught = catchDownloads()));
  afterEach(() => caught.restore());

  it('exports the view as CSV with the figures shown, formula-safe', async () => {
    const adapter = memory();
    // A backend name that a spreadsheet would run as a formula.
    const evil: Adapter = {
      ...adapter,
      cases: {
        ...adapter.cases,
        stats: async (q, o) => {
          const s = await adapter.cases.stats(q, o);
          return { ...s, byCategory: s.byCategory.map((c, i) => (i === 0 ? { ...c, categoryName: '=HYPERLINK("http://x","y")' } : c)) };
        },
      },
    };
    const el: GovernanceStats = await mountStats(evil);
    let loaded: CustomEvent | undefined;
    el.addEventListener('gr-stats-exported', (e) => (loaded = e));
    $<HTMLButtonElement>(el, '[data-export-csv]')!.click();
    await until(() => caught.downloads.length === 1);
    const [file] = caught.downloads;
    expect(file!.name).to.match(/^governance-statistics-\d{4}-\d{2}-\d{2}\.csv$/);
    // The UTF-8 byte order mark first (Excel needs it for Chinese text); text() reads past it.
    expect([...new Uint8Array(await file!.blob.slice(0, 3).arrayBuffer())]).to.deep.equal([...new TextEncoder().encode(BOM)]);
    const csv = await file!.blob.text();
    const rows = parseCsv(csv.startsWith(BOM) ? csv.slice(1) : csv);
    expect(rows[0]).to.deep.equal(['Section', 'Item', 'Figure', 'Value']);
    const stats = await adapter.cases.stats({ period: 'month' }, { locale: 'en' });
    expect(rows).to.deep.include(['Headline figures', '', 'Reported', String(stats.reported)]);
    expect(rows).to.deep.include(['Headline figures', '', 'Closed', String(stats.closed)]);
    expect(rows).to.deep.include(['By category', `'=HYPERLINK("http://x","y")`, 'Reported', String(stats.byCategory[0]!.reported)]);
    for (const w of stats.weekly) expect(rows).to.deep.include(['Reported and closed each week', w.weekStart, 'Closed', String(w.closed)]);
    const v = await adapter.volunteers.stats({ period: 'month' }, { locale: 'en' });
    expect(rows).to.deep.include(['Volunteer service', '', 'Hours served', String(v.hours)]);
    expect(loaded?.detail).to.deep.equal({ format: 'csv', filename: file!.name });
  });

  it('downloads a chart as SVG serialised from its node, with the colours written in', async () => {
    const el = await mountStats(memory());
    $<HTMLButtonElement>(el, '[data-svg=gs-weekly]')!.click();
    await until(() => caught.downloads.length === 1);
    const [file] = caught.downloads;
    expect(file!.name).to.match(/-weekly\.svg$/);
    expect(file!.blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file!.blob.text(), 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const shown = $(el, 'svg[data-chart=gs-weekly]')!;
    const bars = [...root.querySelectorAll('rect')].filter((r) => r.querySelector('title'));
    expect(bars).to.have.length(shown.querySelectorAll('rect.bar').length);
    const primary = getComputedStyle(shown.querySelector('rect.bar.series-0')!).fill;
    expect(bars[0]!.getAttribute('fill')).to.equal(primary);
    expect(root.querySelector('[class]')).to.equal(null);
    expect(root.querySelector('title')!.textContent).to.equal('Reported and closed each week');
  });

  it('downloads a chart as PNG drawn from the SVG', async () => {
    const el = await mountStats(memory());
    $<HTMLButtonElement>(el, '[data-png=gs-category]')!.click();
    await until(() => caught.downloads.length === 1, 'no PNG');
    const [file] = caught.downloads;
    expect(file!.name).to.match(/-category\.png$/);
    expect(file!.blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
    const bitmap = await createImageBitmap(file!.blob);
    const svg = $<SVGSVGElement>(el, 'svg[data-chart=gs-category]')!;
    expect(bitmap.width).to.equal(svg.viewBox.baseVal.width * 2);
  });

  it('says so when the page does not let it draw the PNG, and offers the SVG', async () => {
    const el = await mountStats(memory());
    const RealImage = window.Image;
    // As under a policy without img-src blob:, the image never loads.
    window.Image = class extends RealImage {
      override set src(_url: string) {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      }
    } as typeof Image;
    try {
      $<HTMLButtonElement>(el, '[data-png=gs-weekly]')!.click();
      await until(() => text($(el, '.export-message')).includes('Could not make the PNG'));
      expect(caught.downloads).to.have.length(0);
      expect(text($(el, '.export-message'))).to.contain('You can download the SVG');
    } finally {
      window.Image = RealImage;
    }
  });
});
