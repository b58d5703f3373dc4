// examples/angular, built with Vite and compiled just in time, driven in the browser (test/frameworks/example-app.ts).
import { describeExampleApp } from './example-app.js';

describeExampleApp({ app: 'angular', label: 'Angular 21, the elements in a standalone component under CUSTOM_ELEMENTS_SCHEMA', removesHandlers: true });
