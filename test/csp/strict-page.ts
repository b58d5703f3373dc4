/**
 * The strict-CSP page's widgets (test/csp/strict-page.html): every element defined from the library entry,
 * as a portal loads it, on the memory adapter with a fixed clock, as community staff (who may do everything
 * the test opens: report, accept, log hours, request a service, open a case from the work queue).
 */
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { GrassrootsProvider } from '../../src/elements/grassroots-provider/grassroots-provider.js';
import '../../src/index.js';

export const NOW = new Date('2026-11-27T10:00:00+08:00');

const provider = document.getElementById('gov') as GrassrootsProvider;
provider.adapter = createMemoryAdapter({ session: 'community-staff', latency: 0, now: () => NOW, sizes: { volunteers: 2000 } });
