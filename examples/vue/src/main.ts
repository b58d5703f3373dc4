// The Vue example's entry. Define the elements before the app mounts, so Vue sees their properties and sets
// `:adapter` as a property (Vue sets a binding as a property when the element has it, else as an attribute).
import { createApp, markRaw } from 'vue';
import 'grassroots-gov-widgets/elements/grassroots-provider';
import 'grassroots-gov-widgets/elements/grid-case-tracker';
import 'grassroots-gov-widgets/elements/party-org-tree';
import 'grassroots-gov-widgets/elements/service-list';
import { createMemoryAdapter } from 'grassroots-gov-widgets/adapters/memory';
import App from './App.vue';

// markRaw: the adapter is handed to the widgets as it is, never wrapped in one of Vue's reactive proxies.
// Community staff may look up any case of their community; a portal passes its own adapter here.
const adapter = markRaw(createMemoryAdapter({ session: 'community-staff' }));

createApp(App, { adapter }).mount('#app');
