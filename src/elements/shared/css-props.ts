import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS name (`inset-block-start`, `--depth`); `null`/`undefined` removes one. */
export type CssProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), on every render including the
 * first, and never through the `style` attribute: a portal's `style-src 'self'` policy blocks `style`
 * attributes (and Lit's `styleMap` writes the attribute on its first render). Used in element position:
 *
 * ```ts
 * html`<div class="row" ${cssProps({ 'inset-block-start': `${top}px`, '--depth': String(depth) })}></div>`
 * ```
 *
 * Names are CSS property names (dash-case; custom properties allowed), values CSS text. A property left out
 * of a later render is removed.
 */
class CssPropsDirective extends Directive {
  /** What this directive set, by name: a value set again unchanged is not written (no style invalidation). */
  private readonly applied = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssProps() goes in element position (<div ${cssProps({...})}>), not in an attribute.');
    }
  }

  render(_props: CssProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.applied.keys()) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null || this.applied.get(name) === value) continue;
      style.setProperty(name, value);
      this.applied.set(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
