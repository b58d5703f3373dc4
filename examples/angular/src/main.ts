// The Angular example's entry. JIT: @angular/compiler first, so the components' templates compile in the browser.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'grassroots-gov-widgets/elements/grassroots-provider';
import 'grassroots-gov-widgets/elements/grid-case-tracker';
import 'grassroots-gov-widgets/elements/party-org-tree';
import 'grassroots-gov-widgets/elements/service-list';
import { createMemoryAdapter } from 'grassroots-gov-widgets/adapters/memory';
import { ADAPTER, AppComponent } from './app.component.js';

// Community staff may look up any case of their community; a portal passes its own adapter here.
const adapter = createMemoryAdapter({ session: 'community-staff' });

bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), { provide: ADAPTER, useValue: adapter }],
}).catch((error: unknown) => console.error(error));
