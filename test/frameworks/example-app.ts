/**
 * One suite for every framework example (examples/react, examples/vue, examples/angular): they render the same
 * portal page, so one person's walk through it checks each. test/servers/frameworks-plugin.mjs builds the app with
 * its own Vite config and serves it under /__examples/<name>/; the page's first script (page-probe.js) records
 * event listeners and errors. The app runs in an iframe, with its own copy of Lit and of the library, as on a portal.
 *
 * What it proves, per framework:
 * - the adapter object reaches the provider as a property, and the widgets under it use it;
 * - `gr-org-select`, `gr-org-expand` and `gr-case-loaded` reach the framework's handlers with their detail (the app
 *   renders the detail into its own markup, which the test reads);
 * - a property or an attribute the framework changes reaches the widget (locale, elder-friendly on and off, the
 *   list kind, the case number);
 * - unmounting the tracker (the framework's conditional) removes it with no error, and leaves no listener behind
 *   on anything still on the page; the tracker comes back when the condition flips again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Adapter } from '../../src/adapters/contract.js';
import type { GridCaseTracker } from '../../src/elements/grid-case-tracker/grid-case-tracker.js';
import type { PartyOrgTree } from '../../src/elements/party-org-tree/party-org-tree.js';
import type { ServiceList } from '../../src/elements/service-list/service-list.js';
import type { GrassrootsProvider } from '../../src/elements/grassroots-provider/grassroots-provider.js';

interface ListenerRecord {
  target: EventTarget;
  type: string;
  listener: unknown;
  capture: boolean;
}

type FrameWindow = Window &
  typeof globalThis & {
    __probe?: { errors: string[]; listeners(): ListenerRecord[] };
  };

export interface ExampleAppOptions {
  /** examples/<app> */
  app: 'react' | 'vue' | 'angular';
  /** Shown in the suite's title, e.g. `React 19, JSX tags`. */
  label: string;
  /** Query string of the page, e.g. `?variant=wrappers`. */
  query?: string;
  /**
   * Whether the page writes `expanded-depth` and `heading-level` as attributes (JSX tags, Vue and Angular
   * templates); the @lit/react wrappers set every prop the element has as a property instead.
   */
  attributes?: boolean;
  /**
   * Whether the framework removes its own `gr-…` listeners from an element it unmounts. Angular does (the view's
   * cleanup); React (JSX tags and @lit/react) and Vue leave theirs on the removed element, which is dropped with it.
   * Either way nothing may stay on what remains on the page.
   */
  removesHandlers?: boolean;
}

const until = (condition: () => unknown, message: string, timeout = 15000) => waitUntil(condition, message, { timeout, interval: 20 });

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function describeExampleApp({ app, label, query = '', attributes = true, removesHandlers = false }: ExampleAppOptions): void {
  describe(`examples/${app}: ${label}`, function () {
    this.timeout(60000);

    let frame: HTMLIFrameElement;
    let win: FrameWindow;
    let doc: Document;

    const $ = <T extends Element = HTMLElement>(selector: string): T | null => doc.querySelector<T>(selector);
    const must = <T extends Element = HTMLElement>(selector: string): T => {
      const el = $<T>(selector);
      if (!el) throw new Error(`no ${selector} on the ${app} page`);
      return el;
    };
    const provider = () => must<GrassrootsProvider>('grassroots-provider');
    const tree = () => must<PartyOrgTree>('party-org-tree');
    const list = () => must<ServiceList>('service-list');
    const tracker = () => $<GridCaseTracker>('grid-case-tracker');
    const output = (id: string) => text(must(`#${id}`));
    const treeRows = () => [...(tree().shadowRoot?.querySelectorAll<HTMLElement>('[role=treeitem]') ?? [])];
    const probe = () => {
      if (!win.__probe) throw new Error('the page has no probe: test/frameworks/page-probe.js did not run first');
      return win.__probe;
    };

    /** Checks a checkbox or picks an option the way the browser reports a person's change (click, or change). */
    async function toggle(id: string, on: boolean): Promise<void> {
      const box = must<HTMLInputElement>(`#${id}`);
      if (box.checked !== on) box.click();
      await until(() => must<HTMLInputElement>(`#${id}`).checked === on, `#${id} did not become ${on ? 'checked' : 'unchecked'}`);
    }
    async function choose(id: string, value: string): Promise<void> {
      const select = must<HTMLSelectElement>(`#${id}`);
      select.focus();
      select.value = value;
      select.dispatchEvent(new win.Event('input', { bubbles: true }));
      select.dispatchEvent(new win.Event('change', { bubbles: true }));
    }

    before(async function () {
      this.timeout(240000);
      // The first request builds the app (once per run); a failed build fails here with the bundler's message.
      const build = (await (await fetch(`/__examples/${app}/__build`)).json()) as { ok: boolean; error?: string };
      if (!build.ok) throw new Error(`examples/${app} did not build:\n${build.error}`);

      frame = document.createElement('iframe');
      frame.title = `${app} example`;
      frame.width = '1280';
      frame.height = '900';
      const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.src = `/__examples/${app}/index.html${query}`;
      document.body.append(frame);
      await loaded;
      win = frame.contentWindow as FrameWindow;
      doc = frame.contentDocument!;
      await until(() => $('grassroots-provider') && $('party-org-tree')?.shadowRoot, `the ${app} app did not render its widgets`, 30000);
    });

    after(() => frame?.remove());

    /** A test that also fails on any error the page reported while it ran. */
    function step(title: string, body: () => Promise<void>): void {
      it(title, async () => {
        probe().errors.splice(0);
        await body();
        const errors = probe().errors.splice(0);
        if (errors.length > 0) throw new Error(`the ${app} page reported ${errors.length} error(s):\n${errors.join('\n')}`);
      });
    }

    step('passes the adapter object to the provider as a property, and the widgets use it', async () => {
      const adapter = provider().adapter as Adapter | undefined;
      expect(adapter, 'provider.adapter').to.be.an('object');
      expect(adapter!.orgs, 'the adapter has its groups').to.be.an('object');
      expect(provider().hasAttribute('adapter'), 'an object never becomes an attribute').to.equal(false);
      await until(() => treeRows().length > 1 && !tree().shadowRoot!.querySelector('[role=treeitem].loading'), 'the tree did not load');
      expect(tree().effectiveAdapter, 'the tree gets the provider\'s adapter').to.equal(adapter);
      expect(tree().shadowRoot!.querySelector('[part~=not-configured]'), 'no "not configured" state').to.equal(null);
      await until(() => list().shadowRoot?.querySelector('.card'), 'the service list did not load');
      expect(tree().expandedDepth, 'expanded-depth').to.equal(1);
      if (attributes) expect(tree().getAttribute('expanded-depth'), 'an attribute written by the framework').to.equal('1');
    });

    step('hands gr-org-select and gr-org-expand to the framework\'s handlers with their detail', async () => {
      const before = Number(output('event-count'));
      const row = treeRows().find((r) => r.getAttribute('aria-level') === '2') ?? treeRows()[1]!;
      const name = text(row.querySelector('.name'));
      row.querySelector<HTMLElement>('.name')!.click();
      await until(() => output('selected-org') === name, `the page did not show "${name}" as selected (it shows "${output('selected-org')}")`);
      expect(output('selected-org-id'), 'detail.id').to.equal(row.dataset['key']);
      expect(tree().selected, 'the tree selected the same organisation').to.equal(row.dataset['key']);
      expect(Number(output('event-count')), 'one handler call for one event').to.equal(before + 1);

      const collapsed = treeRows().find((r) => r.getAttribute('aria-expanded') === 'false');
      if (!collapsed) throw new Error('no collapsed organisation in the tree');
      collapsed.querySelector<HTMLElement>('[data-toggle]')!.click();
      await until(() => output('expanded-org') === `${collapsed.dataset['key']} expanded`, `the page did not show the expansion (it shows "${output('expanded-org')}")`);
      expect(Number(output('event-count'))).to.equal(before + 2);
    });

    step('passes property and attribute changes on to the widgets', async () => {
      expect(tree().effectiveLocale).to.equal('zh-CN');
      await choose('locale', 'en');
      await until(() => provider().locale === 'en', 'the provider did not get locale "en"');
      await until(() => tree().effectiveLocale === 'en' && list().effectiveLocale === 'en', 'the widgets did not switch to English');
      await tree().updateComplete;
      expect(tree().shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('en');

      await toggle('elder', true);
      await until(() => provider().elderFriendly === true, 'the provider did not get elderFriendly = true');
      await until(() => tree().hasAttribute('effective-elder-friendly') && list().hasAttribute('effective-elder-friendly'), 'elder-friendly mode did not reach the widgets');
      await toggle('elder', false);
      // A boolean false must switch the mode off (a framework that wrote the attribute "false" would leave it on).
      await until(() => provider().elderFriendly === false && !tree().hasAttribute('effective-elder-friendly'), 'elder-friendly mode did not switch off');

      expect(list().kind).to.equal('service');
      await choose('list-kind', 'demand');
      await until(() => list().kind === 'demand', 'the service list did not get kind "demand"');
      await until(() => list().shadowRoot?.querySelector('.card'), 'the demand list did not load');
    });

    step('sets the tracker\'s case-number and hands gr-case-loaded to the framework with its detail', async () => {
      const adapter = provider().adapter as Adapter;
      const page = await adapter.cases!.list({}, { limit: 1 });
      const kase = page.items[0];
      if (!kase) throw new Error('the memory adapter lists no case for community staff');
      const input = must<HTMLInputElement>('#case-number-input');
      input.focus();
      await sendKeys({ type: kase.publicNumber });
      await until(() => must<HTMLInputElement>('#case-number-input').value === kase.publicNumber, 'the typed number did not arrive');
      must<HTMLButtonElement>('#track-button').click();
      await until(() => tracker()?.caseNumber === kase.publicNumber, 'the tracker did not get the case number');
      await until(() => output('loaded-case') === `${kase.publicNumber} ${kase.status}`, `the page did not show the loaded case (it shows "${output('loaded-case')}")`);
      expect(tracker()!.headingLevel, 'heading-level').to.equal(3);
      if (attributes) expect(tracker()!.getAttribute('heading-level'), 'an attribute written by the framework').to.equal('3');
    });

    step('unmounts the tracker with no error and no listener left behind, and mounts it again', async () => {
      const number = tracker()!.caseNumber;
      const onPage = (r: ListenerRecord) => r.target === win || r.target === doc || (r.target instanceof win.Node && r.target.isConnected);
      const describeTarget = (t: EventTarget) => (t === win ? 'window' : t === doc ? 'document' : t instanceof win.Element ? `<${t.localName}>` : String(t));
      /** Listeners on what stays on the page, counted by target, type and phase (a framework may swap a handler for a new one). */
      const census = () => {
        const counts = new Map<EventTarget, Map<string, number>>();
        for (const r of probe().listeners().filter(onPage)) {
          const byType = counts.get(r.target) ?? new Map<string, number>();
          const k = `${r.type}${r.capture ? ' (capture)' : ''}`;
          byType.set(k, (byType.get(k) ?? 0) + 1);
          counts.set(r.target, byType);
        }
        return counts;
      };
      await toggle('show-tracker', false);
      await until(() => !tracker(), 'the tracker was not removed');
      const before = census();

      await toggle('show-tracker', true);
      await until(() => tracker()?.shadowRoot?.querySelector('#case-title, [part~=lookup]'), 'the tracker did not come back');
      const mounted = tracker()!;
      expect(mounted.caseNumber, 'the framework passes the number it kept').to.equal(number);
      await until(() => mounted.shadowRoot!.querySelector('#case-title'), 'the tracker did not load the case again');
      const framework = probe()
        .listeners()
        .filter((r) => r.target === mounted && r.type.startsWith('gr-'));
      expect(framework.map((r) => r.type), 'the framework listens for the tracker\'s events on the element').to.include('gr-case-loaded');

      await toggle('show-tracker', false);
      await until(() => !tracker(), 'the tracker was not removed again');
      await new Promise((resolve) => win.setTimeout(resolve, 50));
      expect(mounted.isConnected, 'the element left the page').to.equal(false);
      const left: string[] = [];
      for (const [target, byType] of census()) {
        for (const [type, count] of byType) {
          const had = before.get(target)?.get(type) ?? 0;
          if (count > had) left.push(`${count - had} × ${type} on ${describeTarget(target)}`);
        }
      }
      expect(left, 'listeners added while the tracker was mounted that are still on the page').to.deep.equal([]);
      const onElement = probe()
        .listeners()
        .filter((r) => r.target === mounted)
        .map((r) => r.type);
      if (removesHandlers) expect(onElement, 'listeners still on the removed tracker').to.deep.equal([]);
      else expect(onElement, 'on the removed tracker only the framework\'s own gr- handlers remain').to.deep.equal(framework.map((r) => r.type));
      expect(probe().errors, 'errors while mounting and unmounting').to.deep.equal([]);
    });
  });
}
