import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/elements/grassroots-provider/index.js';
import { define } from '../../src/define.js';
import { GrassrootsElement } from '../../src/elements/shared/widget-element.js';
import type { Theme } from '../../src/context/display-context.js';

/**
 * A story-local widget: the base class alone, so it shows the shared
 * "not configured" state (no adapter is wired in these stories).
 */
class FoundationDemo extends GrassrootsElement {
  protected override renderContent() {
    return html`<p>${this.t('common.empty')}</p>`;
  }
}
define('gr-foundation-demo', FoundationDemo);

declare global {
  interface HTMLElementTagNameMap {
    'gr-foundation-demo': FoundationDemo;
  }
}

interface Args {
  locale: 'zh-CN' | 'en';
  theme: Theme;
  elderFriendly: boolean;
}

const meta: Meta<Args> = {
  title: 'Foundation/Provider',
  component: 'grassroots-provider',
  args: { locale: 'zh-CN', theme: 'light', elderFriendly: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    elderFriendly: { control: 'boolean' },
  },
  render: ({ locale, theme, elderFriendly }) => html`
    <grassroots-provider locale=${locale} theme=${theme} ?elder-friendly=${elderFriendly}>
      <gr-foundation-demo></gr-foundation-demo>
    </grassroots-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** No adapter: the widget says so, in Chinese. */
export const NotConfiguredZh: Story = { name: 'Not configured (zh-CN)' };

/** The same state in English. */
export const NotConfiguredEn: Story = { name: 'Not configured (en)', args: { locale: 'en' } };

/** Dark scheme from the provider. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Elder-friendly: larger type, stronger contrast, bigger targets. */
export const ElderFriendly: Story = { args: { elderFriendly: true } };

/** Elder-friendly in the dark scheme, in English. */
export const ElderFriendlyDarkEn: Story = {
  name: 'Elder-friendly, dark (en)',
  args: { elderFriendly: true, theme: 'dark', locale: 'en' },
};
