/**
 * Every widget on a portal page with a strict Content-Security-Policy (README "Strict Content-Security-Policy"):
 * test/csp/strict-page.html, served with the header by test/servers/csp-plugin.mjs, in an iframe. The page's first
 * module records every `securitypolicyviolation` (test/csp/record-violations.ts); each step below uses the widgets
 * as a person would and fails on any violation, naming the directive, the sample and the element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { GrassrootsProvider } from '../../src/elements/grassroots-provider/grassroots-provider.js';
import type { RecordedViolation } from './record-violations.js';

const PAGE = '/test/csp/strict-page.html';
/** A compound in the community the page's session (community staff) looks after. */
const PLACE = 'd01-s01-c01-g1-p1';

type FrameWindow = Window & typeof globalThis;

let frame: HTMLIFrameElement;
let win: FrameWindow;
let doc: Document;

const until = (condition: () => unknown, message: string, timeout = 15000) => waitUntil(condition, message, { timeout });

/** The widget's shadow root on the page. */
function root(tag: string): ShadowRoot {
  const host = doc.querySelector(tag);
  if (!host?.shadowRoot) throw new Error(`no <${tag}> with a shadow root on the page`);
  return host.shadowRoot;
}

function $<T extends HTMLElement = HTMLElement>(tag: string, selector: string): T | null {
  return root(tag).querySelector<T>(selector);
}

function $$<T extends HTMLElement = HTMLElement>(tag: string, selector: string): T[] {
  return [...root(tag).querySelectorAll<T>(selector)];
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the widget to finish its render. */
async function rendered(tag: string): Promise<void> {
  await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Clicks the first control in the widget whose visible text contains `words`. */
async function clickText(tag: string, words: string, selector = 'button, a'): Promise<void> {
  const control = $$(tag, selector).find((el) => text(el).includes(words));
  if (!control) throw new Error(`no "${words}" to click in <${tag}>; there are: ${$$(tag, selector).map(text).join(' | ')}`);
  control.click();
  await rendered(tag);
}

/** Clicks the label of a radio or checkbox. */
async function clickLabel(tag: string, words: string): Promise<void> {
  const label = $$<HTMLLabelElement>(tag, 'label').find((el) => text(el).includes(words));
  if (!label) throw new Error(`no label "${words}" in <${tag}>`);
  label.click();
  await rendered(tag);
}

/** Focuses a field and types into it with the real keyboard. */
async function typeInto(tag: string, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(tag, selector);
  if (!field) throw new Error(`no ${selector} in <${tag}>`);
  field.focus();
  await sendKeys({ type: value });
  await rendered(tag);
}

/** Picks an option of a select, the way a change by the user arrives. */
async function choose(tag: string, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new win.Event('change', { bubbles: true }));
  await rendered(tag);
}

function violations(): RecordedViolation[] {
  const list = win.__cspViolations;
  if (!list) throw new Error('the page did not record violations: record-violations.ts did not run first');
  return list;
}

/** Violations are reported in a task of their own: let the page run a few before reading them. */
async function reported(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
  }
}

function listed(list: RecordedViolation[]): string {
  return list
    .slice(0, 25)
    .map((v) => `  - ${v.directive} blocked ${v.blockedURI || '(no URI)'}${v.sample ? ` "${v.sample}"` : ''} (${v.where})`)
    .concat(list.length > 25 ? [`  … and ${list.length - 25} more`] : [])
    .join('\n');
}

/** Runs one step and fails on any violation during it (and on the step's own failure, after those). */
async function withoutViolations(step: () => Promise<void>): Promise<void> {
  let failure: unknown;
  try {
    await step();
  } catch (e) {
    failure = e;
  }
  await reported();
  const found = violations().splice(0);
  if (found.length > 0) {
    const also = failure ? `\n(the step failed too: ${failure instanceof Error ? failure.message : String(failure)})` : '';
    throw new Error(`${found.length} Content-Security-Policy violation(s):\n${listed(found)}${also}`);
  }
  if (failure) throw failure;
}

// ---- the roster and the tree: rows placed one below the other -----------------------------------

interface Placed {
  index: number;
  top: number;
  height: number;
}

/** The roster rows a person can see in the scroll box (below the sticky header), in order. */
function visibleRosterRows(): Placed[] {
  const viewport = $('volunteer-roster', '.viewport')!;
  const box = viewport.getBoundingClientRect();
  const below = $('volunteer-roster', '.head')!.getBoundingClientRect().bottom;
  return $$('volunteer-roster', '.body [role=row][data-i]')
    .map((row) => {
      const r = row.getBoundingClientRect();
      return { index: Number(row.dataset.i), top: r.top, height: r.height, bottom: r.bottom };
    })
    .filter((r) => r.bottom > below + 1 && r.top < box.bottom - 1)
    .sort((a, b) => a.index - b.index);
}

/** Each row sits one row height below the one before it: none share a position. */
function expectStacked(rows: Placed[], what: string): void {
  expect(rows.length, `${what}: visible rows`).to.be.at.least(5);
  for (let k = 1; k < rows.length; k++) {
    const [prev, row] = [rows[k - 1]!, rows[k]!];
    expect(row.index, `${what}: rows in a run`).to.equal(prev.index + 1);
    expect(row.top - prev.top, `${what}: row ${row.index} starts one row below row ${prev.index}`).to.be.closeTo(prev.height, 1.5);
  }
}

/** Tree rows in view, by their position in the tree (aria-posinset does not order across levels; DOM top does). */
function visibleTreeRows(): Placed[] {
  const box = $('party-org-tree', '.viewport')!.getBoundingClientRect();
  const rows = $$('party-org-tree', '[role=treeitem]')
    .map((row) => ({ row, r: row.getBoundingClientRect() }))
    .filter(({ r }) => r.bottom > box.top + 1 && r.top < box.bottom - 1)
    .sort((a, b) => a.r.top - b.r.top);
  return rows.map(({ r }, index) => ({ index, top: r.top, height: r.height }));
}

describe('every widget under a strict Content-Security-Policy', function () {
  this.timeout(60000);

  before(async function () {
    this.timeout(90000);
    frame = document.createElement('iframe');
    frame.title = 'strict-CSP portal page';
    // Wide and tall enough for every widget's own layout (the roster grid is 60rem wide).
    frame.width = '1280';
    frame.height = '900';
    const loaded = new Promise<void>((resolve, reject) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.addEventListener('error', () => reject(new Error(`${PAGE} did not load`)), { once: true });
    });
    frame.src = PAGE;
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as FrameWindow;
    doc = frame.contentDocument!;
    await until(() => win.customElements.get('service-list') && (doc.getElementById('gov') as GrassrootsProvider).adapter, 'the widgets never loaded', 60000);
  });

  after(() => frame?.remove());

  it('gets the policy: a style attribute, eval and (where supported) a Trusted Types sink are blocked and reported', async function () {
    await reported();
    // What the widgets did while loading is the next test's business: set it aside, and put it back after.
    const loading = violations().splice(0);
    const probe = doc.createElement('p');
    const checks: Array<[string, (v: RecordedViolation) => boolean]> = [];
    try {
      probe.textContent = 'probe';
      doc.body.append(probe);
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      expect(win.getComputedStyle(probe).color, 'the blocked style attribute has no effect').to.not.equal('rgb(255, 0, 0)');
      expect(() => new win.Function('return 1'), 'eval').to.throw();
      checks.push(
        ['the style attribute (style-src-attr)', (v) => v.directive === 'style-src-attr' && v.where.startsWith('<p>')],
        // Where Trusted Types are enforced, they refuse the string before script-src sees it.
        ['eval (script-src)', (v) => v.blockedURI === 'eval' || (v.directive === 'require-trusted-types-for' && v.sample.startsWith('Function'))],
      );
      if ('trustedTypes' in win) {
        // A plain string into a script sink is refused where the browser has Trusted Types.
        const script = doc.createElement('script');
        expect(() => {
          script.src = '/test/csp/record-violations.ts';
        }, 'a string into HTMLScriptElement.src').to.throw(/Trusted|CSP/);
        checks.push(['a string into a script sink (require-trusted-types-for)', (v) => v.directive === 'require-trusted-types-for' && v.sample.includes('src')]);
      }
      const missing = () => checks.filter(([, seen]) => !violations().some(seen)).map(([what]) => what);
      await until(() => missing().length === 0, 'not all reported', 5000).catch(() => {
        throw new Error(`not reported: ${missing().join('; ')}. Reported:\n${listed(violations())}`);
      });
    } finally {
      probe.remove();
      await reported();
      // Anything else reported meanwhile came from the widgets: keep it for the next test.
      const others = violations().filter((v) => !checks.some(([, probed]) => probed(v)));
      violations().splice(0, Infinity, ...loading, ...others);
    }
  });

  it('loads every widget with no violation', async () => {
    await withoutViolations(async () => {
      await until(() => $('grid-case-form', '#step-heading'), 'the case form did not load');
      await until(() => $('grid-case-tracker', '[part=lookup]'), 'the tracker did not show its look-up form');
      await until(() => $$('party-org-tree', '[role=treeitem]').length > 1 && !$('party-org-tree', '[role=treeitem].loading'), 'the tree did not load');
      await until(() => $$('volunteer-roster', '.body [role=row][data-i]').length > 5, 'the roster did not load');
      await until(() => $$('service-list', '.card').length > 0, 'the service list did not load');
      await until(() => $('governance-stats', '[data-window]'), 'the statistics did not load');
      await until(() => $$('grid-case-queue', '.body [role=row][data-i]').length > 0, 'the case queue did not load');
    });
  });

  it('opens a case from the work queue in place and goes back to the list', async () => {
    await withoutViolations(async () => {
      const queue = 'grid-case-queue';
      $(queue, '.body [role=row][data-i="0"]')!.click();
      const inPlace = () => $(queue, 'grid-case-tracker')?.shadowRoot?.querySelector('[part=case]');
      await until(() => inPlace(), 'the queue did not open the case in place');
      await clickText(queue, 'Back to the cases', '[part=back-button]');
      await until(() => $(queue, '.body [role=row][data-i]'), 'the queue did not come back to the list');
    });
  });

  it('places the roster rows one below the other, and scrolling moves them', async () => {
    await withoutViolations(async () => {
      await rendered('volunteer-roster');
      expectStacked(visibleRosterRows(), 'before scrolling');
      expect(visibleRosterRows()[0]!.index).to.equal(0);

      const viewport = $('volunteer-roster', '.viewport')!;
      const rowHeight = visibleRosterRows()[0]!.height;
      viewport.scrollBy({ top: rowHeight * 30.5 });
      expect(viewport.scrollTop, 'the grid scrolls').to.be.greaterThan(rowHeight * 30);
      await until(() => visibleRosterRows().some((r) => r.index >= 35), 'rows further down did not render after scrolling', 5000);
      await rendered('volunteer-roster');
      const after = visibleRosterRows();
      expectStacked(after, 'after scrolling');
      expect(after[0]!.index, 'the first row in view after scrolling 30.5 rows').to.be.within(29, 31);
    });
  });

  it('expands a tree node and shows its children one below the other', async () => {
    await withoutViolations(async () => {
      const collapsed = $$('party-org-tree', '[role=treeitem][aria-expanded=false]')[0];
      if (!collapsed) throw new Error('no collapsed node in the tree');
      const name = text(collapsed.querySelector('.name'));
      const before = $$('party-org-tree', '[role=treeitem]').length;
      collapsed.querySelector<HTMLElement>('[data-toggle]')!.click();
      await until(
        () => collapsed.getAttribute('aria-expanded') === 'true' && !$('party-org-tree', '[role=treeitem].loading') && $$('party-org-tree', '[role=treeitem]').length > before,
        `"${name}" did not expand`,
      );
      await rendered('party-org-tree');
      expectStacked(visibleTreeRows(), 'the tree');
      // The children are indented by their depth.
      const parentLevel = Number(collapsed.getAttribute('aria-level'));
      const child = $$('party-org-tree', `[role=treeitem][aria-level="${parentLevel + 1}"]`)[0]!;
      expect(child.querySelector('.twisty')!.getBoundingClientRect().left).to.be.greaterThan(collapsed.querySelector('.twisty')!.getBoundingClientRect().left);
    });
  });

  it('opens the roster join form and a volunteer\'s log-hours form', async () => {
    await withoutViolations(async () => {
      $('volunteer-roster', '#join-button')!.click();
      await until(() => $('volunteer-roster', '[part=join-form]'), 'the join form did not open');
      $('volunteer-roster', '[part=join-form] button[type=submit]')!.click();
      await until(() => $('volunteer-roster', '.error-summary'), 'the join form showed no error summary');
      await clickText('volunteer-roster', 'Cancel', '[part=join-form] button');
      await until(() => $('volunteer-roster', '#join-button'), 'the join form did not close');

      $$('volunteer-roster', '.body [role=row][data-i]').sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!.click();
      await until(() => $('volunteer-roster', '[part=hours-form]'), 'the log-hours form did not open');
      $('volunteer-roster', '[part=hours-form] button[type=submit]')!.click();
      await until(() => $('volunteer-roster', '.error-summary'), 'the log-hours form showed no error summary');
      await clickText('volunteer-roster', 'Back to the list');
      await until(() => $('volunteer-roster', '#join-button'), 'the roster did not come back');
      expectStacked(visibleRosterRows(), 'back on the list');
    });
  });

  it('opens a service\'s details and its request form', async () => {
    await withoutViolations(async () => {
      $('service-list', '[data-details]')!.click();
      await until(() => text($('service-list', '.card .detail:not([hidden])')).length > 0, 'the details did not open');
      $('service-list', '[data-request]')!.click();
      await until(() => $('service-list', 'form.form'), 'the request form did not open');
      $('service-list', 'form.form [type=submit]')!.click();
      await until(() => $('service-list', '.error-summary'), 'the request form showed no error summary');
    });
  });

  let caseNumber = '';

  it('walks the case form through every step and sends the report', async () => {
    await withoutViolations(async () => {
      const form = 'grid-case-form';
      const heading = () => text($(form, '#step-heading'));
      const step = (words: string) => until(() => heading().includes(words), `the form never reached "${words}" (at "${heading()}")`);
      await clickLabel(form, 'Broken street light');
      await clickText(form, 'Continue');
      await step('About the problem');
      await clickLabel(form, 'Not working');
      await clickText(form, 'Continue');
      await step('Where is the problem?');
      const parts = PLACE.split('-');
      for (let i = 0; i < parts.length; i++) {
        const selects = () => $$<HTMLSelectElement>(form, '.area-level select');
        await until(() => selects().length > i && selects()[i]!.options.length > 1, `area level ${i + 1} did not load`);
        await choose(form, selects()[i]!, parts.slice(0, i + 1).join('-'));
      }
      await clickText(form, 'Continue');
      await until(() => /Tell us more|Someone has already/.test(heading()), 'no step after the place');
      if (heading().includes('Someone has already')) await clickText(form, 'It is a different problem');
      await step('Tell us more');
      await typeInto(form, '#f-description', 'The street light by building 1 has been off for three nights.');
      await clickLabel(form, 'Anonymously');
      await clickText(form, 'Continue');
      await step('Check your answers');
      $(form, '#f-submit')!.click();
      await step('Report sent');
      caseNumber = /GC-[\d-]+/.exec(text(root(form)))?.[0] ?? '';
      expect(caseNumber, 'the confirmation shows the case number').to.not.equal('');
    });
  });

  it('looks the report up in the tracker and opens its action dialogs', async () => {
    await withoutViolations(async () => {
      if (!caseNumber) {
        // The case form step failed; carry on with a report sent straight to the backend.
        const adapter = (doc.getElementById('gov') as GrassrootsProvider).adapter as MemoryAdapter;
        const report = await adapter.cases.submit({
          categoryCode: 'streetlight',
          answers: { damage: 'off' },
          location: { areaId: PLACE, address: '1号楼东侧路灯' },
          description: '楼下路灯连续三天不亮，晚上很黑。',
          urgency: 'normal',
          anonymous: true,
          idempotencyKey: `csp-${Date.now()}`,
        });
        caseNumber = report.publicNumber;
      }
      const tracker = 'grid-case-tracker';
      await typeInto(tracker, '#lookup-number', caseNumber);
      await clickText(tracker, 'Look up', '[part=lookup-button]');
      await until(() => $(tracker, '[part="action-button"][data-action="accept"]'), `the tracker offers no "accept" for ${caseNumber}`);

      const dialog = () => $<HTMLDialogElement>(tracker, 'dialog.action-dialog');
      $(tracker, '[part="action-button"][data-action="accept"]')!.click();
      await until(() => dialog()?.open, 'the accept dialog did not open');
      $(tracker, '[part="confirm-button"]')!.click();
      await until(() => !dialog(), 'the accept dialog did not close');
      await until(() => $(tracker, '[part="action-button"][data-action="dispatch"]'), 'the tracker offers no "dispatch" after accepting');

      $(tracker, '[part="action-button"][data-action="dispatch"]')!.click();
      await until(() => dialog()?.open, 'the dispatch dialog did not open');
      $(tracker, '[part="cancel-button"]')!.click();
      await until(() => !dialog(), 'the dispatch dialog did not close');
    });
  });

  it('switches the statistics period and toggles a chart\'s data table', async () => {
    await withoutViolations(async () => {
      const tag = 'governance-stats';
      const quarter = $<HTMLInputElement>(tag, 'input[name=gs-period][value=quarter]')!;
      quarter.click();
      await rendered(tag);
      await until(() => text($(tag, '[data-window]')) && !$(tag, '.results[aria-busy=true]'), 'the quarter did not load');
      await clickText(tag, 'Show the data table', '[data-toggle=gs-weekly]');
      await until(() => $$(tag, '#gs-weekly-table tbody tr').length >= 13, 'the weekly table did not open');
      await clickText(tag, 'Hide the data table', '[data-toggle=gs-weekly]');
      expect($(tag, '#gs-weekly-table')).to.equal(null);
      await clickText(tag, 'Show the data table', '[data-toggle=gs-team-hours]');
      await until(() => $$(tag, '#gs-team-hours-table tbody tr').length > 0, 'the hours table did not open');
    });
  });
});
