import { ensureContextRoot } from '../../context/context-root.js';
import { define } from '../../define.js';
import { GrassrootsProvider, type AdapterChangeDetail } from './grassroots-provider.js';

export { GrassrootsProvider, type AdapterChangeDetail };

ensureContextRoot();
define('grassroots-provider', GrassrootsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'grassroots-provider': GrassrootsProvider;
  }
  interface GlobalEventHandlersEventMap {
    'gr-adapter-change': CustomEvent<AdapterChangeDetail>;
  }
}
