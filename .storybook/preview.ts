/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/grassroots-provider/index.js';

// custom-elements.json is written by `npm run analyze`, which `npm run storybook` / `build-storybook` run first.
// A glob (not a plain import) keeps type-checking and a stray `storybook dev` working when it is not there yet.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('custom-elements.json not found: run `npm run analyze` for attribute/event docs.');
}

/** Wraps every story in a provider that carries the toolbar's locale, theme and elder-friendly mode. */
const withProvider: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'zh-CN');
  const theme = String(context.globals.theme ?? 'light');
  const elder = context.globals.elder === 'on';
  return html`<grassroots-provider locale=${locale} theme=${theme} ?elder-friendly=${elder}>
    ${story()}
  </grassroots-provider>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    elder: {
      description: 'Elder-friendly mode: larger type, stronger contrast, bigger targets',
      toolbar: {
        title: 'Elder-friendly',
        icon: 'accessibility',
        items: [
          { value: 'off', title: 'Elder-friendly: off' },
          { value: 'on', title: 'Elder-friendly: on' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light', elder: 'off' },
  parameters: {
    controls: { expanded: true, matchers: { date: /Date$/i } },
    a11y: { test: 'error' },
  },
};

export default preview;
