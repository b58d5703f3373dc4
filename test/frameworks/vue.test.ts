// examples/vue, built with Vite and @vitejs/plugin-vue, driven in the browser (test/frameworks/example-app.ts).
import { describeExampleApp } from './example-app.js';

describeExampleApp({ app: 'vue', label: 'Vue 3, the elements in a single-file component\'s template' });
