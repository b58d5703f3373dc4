// examples/react, built with Vite and @vitejs/plugin-react, driven in the browser (test/frameworks/example-app.ts):
// the page with the elements as React 19 JSX tags, and the same page with the @lit/react wrappers.
import { describeExampleApp } from './example-app.js';

describeExampleApp({ app: 'react', label: 'React 19, the elements as JSX tags' });
describeExampleApp({ app: 'react', label: 'the @lit/react wrappers (grassroots-gov-widgets/react/wrappers)', query: '?variant=wrappers', attributes: false });
