// The demo portal: everything a real portal would write to embed the widgets.
import '../src/index.js';
import { validating } from '../src/adapters/index.js';
import { PERSONAS, type PersonaName } from '../src/adapters/memory/index.js';
import { createDemoAdapter } from './adapter-choice.js';
import { PORTAL_TEXT, type PortalKey, type PortalLocale } from './portal-text.js';

const PERSONA_LABELS: Record<PersonaName, Record<PortalLocale, string>> = {
  anonymous: { 'zh-CN': '访客（未登录）', en: 'Visitor (not signed in)' },
  resident: { 'zh-CN': '居民 王秀英', en: 'Resident Wang Xiuying' },
  'grid-worker': { 'zh-CN': '网格员 李建国', en: 'Grid worker Li Jianguo' },
  'community-staff': { 'zh-CN': '社区工作人员 张丽华', en: 'Community staff Zhang Lihua' },
  'department-staff': { 'zh-CN': '城管局工作人员 赵志强', en: 'City management officer Zhao Zhiqiang' },
  'grid-centre': { 'zh-CN': '网格中心 刘海燕', en: 'Grid centre Liu Haiyan' },
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
};

/** The personas who see the staff desk (工作台). */
const STAFF_PERSONAS: readonly PersonaName[] = ['community-staff', 'department-staff', 'grid-centre', 'admin'];

const PERSONA_KEY = 'grassroots-demo:persona';
const LOCALE_KEY = 'grassroots-demo:locale';

const adapter = createDemoAdapter(readPersona());

const provider = document.querySelector('grassroots-provider')!;
provider.adapter = adapter;

let locale: PortalLocale = localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';

function readPersona(): PersonaName {
  const saved = localStorage.getItem(PERSONA_KEY);
  return saved && saved in PERSONAS ? (saved as PersonaName) : 'resident';
}

function text(key: PortalKey): string {
  return PORTAL_TEXT[locale][key];
}

/** The portal's own texts follow the language; the widgets follow the page's `lang` by themselves. */
function applyLocale(): void {
  document.documentElement.lang = locale;
  document.title = `${text('portalName')} - ${text('govName')}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = text(el.dataset.text as PortalKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) el.setAttribute('aria-label', text(el.dataset.label as PortalKey));
  const switcher = document.getElementById('lang-switch')!;
  switcher.lang = locale === 'en' ? 'zh-CN' : 'en';
  renderPersonaOptions();
  applyStaffDesk();
  renderWidgetSlots();
  void renderStats();
}

/** The staff desk and its nav link show for staff personas only. */
function applyStaffDesk(): void {
  const staff = STAFF_PERSONAS.includes(readPersona());
  for (const el of document.querySelectorAll<HTMLElement>('[data-staff]')) el.hidden = !staff;
}

function renderPersonaOptions(): void {
  const select = document.getElementById('persona') as HTMLSelectElement;
  const current = readPersona();
  select.replaceChildren(
    ...(Object.keys(PERSONAS) as PersonaName[]).map((name) => new Option(PERSONA_LABELS[name][locale], name, false, name === current)),
  );
}

/** Each section gets its widget once the widget is part of the library. */
function renderWidgetSlots(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    const tag = section.dataset.widget!;
    if (customElements.get(tag)) {
      if (!section.querySelector(tag)) section.append(document.createElement(tag));
      continue;
    }
    let note = section.querySelector<HTMLElement>('.coming');
    if (!note) {
      note = document.createElement('p');
      note.className = 'coming';
      section.append(note);
    }
    note.textContent = text('comingWidget');
  }
}

/** A portal can use the same adapter for its own figures; this goes through the validating boundary too. */
async function renderStats(): Promise<void> {
  const status = document.getElementById('stats-status')!;
  const list = document.getElementById('stats')!;
  const api = validating(adapter);
  try {
    const [city] = await api.areas!.roots();
    const districts = await api.areas!.children(city!.id, { limit: 1 });
    const volunteers = await api.volunteers!.query({}, { limit: 1 });
    const teams = await api.volunteers!.teams();
    const services = await api.services!.query({ kind: 'service' }, { limit: 1 });
    const figures: Record<string, number> = {
      districts: districts.total ?? 0,
      volunteers: volunteers.total ?? 0,
      teams: teams.length,
      services: services.total ?? 0,
    };
    const format = new Intl.NumberFormat(locale);
    for (const dd of list.querySelectorAll<HTMLElement>('[data-stat]')) dd.textContent = format.format(figures[dd.dataset.stat!] ?? 0);
    list.hidden = false;
    status.hidden = true;
  } catch (e) {
    console.error(e);
    status.textContent = text('statsError');
  }
}

document.getElementById('lang-switch')!.addEventListener('click', () => {
  locale = locale === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem(LOCALE_KEY, locale);
  applyLocale();
openCaseFromHash();
});

document.getElementById('persona')!.addEventListener('change', (event) => {
  const name = (event.target as HTMLSelectElement).value as PersonaName;
  localStorage.setItem(PERSONA_KEY, name);
  adapter.control.setSession(name);
  applyStaffDesk();
  // Widgets re-read the session when the adapter changes; hand them the same adapter anew.
  provider.adapter = { ...adapter };
});

document.getElementById('reset-demo')!.addEventListener('click', () => {
  adapter.control.clearSaved();
  localStorage.removeItem(PERSONA_KEY);
  location.reload();
});

/** `#track?case=GC-…` (the form's tracker link, or a shared link) opens that case in the tracker. */
function openCaseFromHash(): void {
  const match = /^#track\?case=(.+)$/.exec(location.hash);
  if (!match) return;
  document.querySelector('grid-case-tracker')?.setAttribute('case-number', decodeURIComponent(match[1]!));
  document.getElementById('track')?.scrollIntoView();
}

// A new report (or "this is my problem too") opens in the tracker, the way a portal would wire the two.
document.addEventListener('gr-case-submitted', (event) => {
  document.querySelector('grid-case-tracker')?.setAttribute('case-number', event.detail.publicNumber);
});

addEventListener('hashchange', openCaseFromHash);
addEventListener('pagehide', () => adapter.control.flush());

applyLocale();
openCaseFromHash();
