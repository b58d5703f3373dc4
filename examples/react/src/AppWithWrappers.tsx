// React 18 (and 19) through the @lit/react wrappers in `grassroots-gov-widgets/react/wrappers`: every prop the
// element has is set as a property, and `onGr…` props are `gr-…` event listeners, added and removed by the wrapper.
// Importing the wrappers defines the elements they wrap.
import { useState, type FormEvent } from 'react';
import type { Adapter } from 'grassroots-gov-widgets/adapters';
import type { ListKind } from 'grassroots-gov-widgets/domain';
import type { CaseLoadedDetail } from 'grassroots-gov-widgets/elements/grid-case-tracker';
import type { OrgExpandDetail, OrgSelectDetail } from 'grassroots-gov-widgets/elements/party-org-tree';
import { GrassrootsProvider, GridCaseTracker, PartyOrgTree, ServiceList } from 'grassroots-gov-widgets/react/wrappers';

export function AppWithWrappers({ adapter }: { adapter: Adapter }) {
  const [locale, setLocale] = useState('zh-CN');
  const [elderFriendly, setElderFriendly] = useState(false);
  const [showTracker, setShowTracker] = useState(true);
  const [kind, setKind] = useState<ListKind>('service');
  const [typed, setTyped] = useState('');
  const [caseNumber, setCaseNumber] = useState<string>();
  const [org, setOrg] = useState<OrgSelectDetail>();
  const [expanded, setExpanded] = useState<OrgExpandDetail>();
  const [loaded, setLoaded] = useState<CaseLoadedDetail>();
  const [handled, setHandled] = useState(0);

  const track = (event: FormEvent) => {
    event.preventDefault();
    setCaseNumber(typed.trim() || undefined);
  };

  return (
    <>
      <header className="portal-controls">
        <label>
          Language{' '}
          <select id="locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          <input id="elder" type="checkbox" checked={elderFriendly} onChange={(e) => setElderFriendly(e.target.checked)} /> Large text
        </label>
        <label>
          <input id="show-tracker" type="checkbox" checked={showTracker} onChange={(e) => setShowTracker(e.target.checked)} /> Show the case tracker
        </label>
        <label>
          List{' '}
          <select id="list-kind" value={kind} onChange={(e) => setKind(e.target.value as ListKind)}>
            <option value="service">Services</option>
            <option value="demand">Demands</option>
            <option value="resource">Resources</option>
            <option value="project">Projects</option>
          </select>
        </label>
      </header>

      <section className="portal-events" aria-label="What the widgets told the page">
        <span>
          Selected organisation: <output id="selected-org">{org?.name ?? '—'}</output> (<output id="selected-org-id">{org?.id ?? '—'}</output>)
        </span>
        <span>
          Last expanded: <output id="expanded-org">{expanded ? `${expanded.id} ${expanded.expanded ? 'expanded' : 'collapsed'}` : '—'}</output>
        </span>
        <span>
          Tracked case: <output id="loaded-case">{loaded ? `${loaded.publicNumber} ${loaded.status}` : '—'}</output>
        </span>
        <span>
          Events handled: <output id="event-count">{handled}</output>
        </span>
      </section>

      <GrassrootsProvider adapter={adapter} locale={locale} elderFriendly={elderFriendly}>
        <main className="portal-main">
          <PartyOrgTree
            expandedDepth={1}
            onGrOrgSelect={(e) => {
              setOrg(e.detail);
              setHandled((n) => n + 1);
            }}
            onGrOrgExpand={(e) => {
              setExpanded(e.detail);
              setHandled((n) => n + 1);
            }}
          />

          <form id="track-form" className="portal-track" onSubmit={track}>
            <label>
              Case number <input id="case-number-input" value={typed} onChange={(e) => setTyped(e.target.value)} />
            </label>
            <button id="track-button" type="submit">
              Track
            </button>
          </form>
          {showTracker && (
            <GridCaseTracker
              caseNumber={caseNumber}
              headingLevel={3}
              onGrCaseLoaded={(e) => {
                setLoaded(e.detail);
                setHandled((n) => n + 1);
              }}
            />
          )}

          <ServiceList kind={kind} pageSize={5} />
        </main>
      </GrassrootsProvider>
    </>
  );
}
