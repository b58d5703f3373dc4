import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetHost } from '../shared/widget-host.js';
import type { TrackerMessageKey } from './messages.js';

/** What the render helpers and the action dialog get from the element: the widget host and the page's heading level. */
export interface ViewContext extends WidgetHost<TrackerMessageKey, unknown> {
  /** Level of the case title (the `heading-level` attribute); section titles are one below. */
  headingLevel: number;
}

/**
 * A heading at a level the host page chooses (a portal section usually already has an h2).
 * `role="heading"` with `aria-level`, since a Lit template cannot pick a tag name at run time.
 */
export function heading(ctx: ViewContext, depth: 0 | 1, content: unknown, options: { id?: string; focusable?: boolean } = {}) {
  const level = Math.min(6, ctx.headingLevel + depth);
  return html`<div
    class=${`heading heading-${depth}`}
    role="heading"
    aria-level=${level}
    id=${ifDefined(options.id)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >
    ${content}
  </div>`;
}
