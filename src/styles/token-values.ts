/**
 * The single source of truth for the design tokens. `tokens.ts` (the Lit
 * styles every widget applies to `:host`) and `tokens.css` (a reference copy
 * for portals) are both generated from this table.
 *
 * ## How theming works
 *
 * Every token has a public custom property per display mode:
 *
 * | mode                             | public property             |
 * |----------------------------------|-----------------------------|
 * | default (light)                  | `--gr-<token>`              |
 * | dark (`theme="dark"`, or `auto` + OS dark) | `--gr-dark-<token>` |
 * | elder-friendly                   | `--gr-elder-<token>`        |
 * | elder-friendly + dark            | `--gr-elder-dark-<token>`   |
 *
 * A portal themes the widgets by setting those on **any ancestor** (or on the
 * widget element), e.g. `body { --gr-color-primary: #0b5394 }`. Inside each
 * widget, `:host` resolves them into private properties
 * (`--_gr-<token>: var(--gr-<token>, <default>)`) that the widget's CSS uses.
 * Declaring the public name on `:host` directly would shadow the value a
 * portal sets on an ancestor, because an element's own declaration beats
 * inheritance; the private indirection avoids that.
 *
 * Because each mode reads its own public name, a portal that sets the light
 * values on `:root` does not break dark or elder-friendly mode.
 * Derived tokens (the type scale, spacing) are computed from the base font
 * size inside each widget, so they grow in elder-friendly mode.
 */

export type TokenMode = 'light' | 'dark' | 'elder' | 'elderDark';

export interface TokenDef {
  /** Default value (light, normal size). */
  readonly light: string;
  /** Dark scheme value; falls back to `light`. */
  readonly dark?: string;
  /** Elder-friendly value (light scheme); falls back to light/dark. */
  readonly elder?: string;
  /** Elder-friendly value in the dark scheme. Required for colour tokens that have `elder`. */
  readonly elderDark?: string;
  /** Value in forced-colors mode (a CSS system colour). */
  readonly forcedColors?: string;
  /** Value when the user prefers reduced motion. */
  readonly reducedMotion?: string;
  /** True when the value is computed from other tokens (not overridable per mode, not in tokens.css). */
  readonly derived?: boolean;
  readonly description: string;
}

/** Prefix of the public custom properties. */
export const PUBLIC_PREFIX = '--gr-';
/** Prefix of the private custom properties widgets use internally. */
export const PRIVATE_PREFIX = '--_gr-';

export const TOKENS = {
  // Colours ----------------------------------------------------------------
  'color-text': {
    light: '#1b1f24', dark: '#e8eaed', elder: '#000000', elderDark: '#ffffff',
    forcedColors: 'CanvasText', description: 'Body text.',
  },
  'color-text-muted': {
    light: '#4f5965', dark: '#aeb6c2', elder: '#2b2f36', elderDark: '#d7dce3',
    forcedColors: 'GrayText', description: 'Secondary text: hints, meta data.',
  },
  'color-surface': {
    light: '#ffffff', dark: '#121418', forcedColors: 'Canvas', description: 'Widget background.',
  },
  'color-surface-raised': {
    light: '#f3f5f8', dark: '#1e2229', forcedColors: 'Canvas',
    description: 'Cards, alert boxes, hover backgrounds.',
  },
  'color-border': {
    light: '#6b7480', dark: '#8a94a3', elder: '#1b1f24', elderDark: '#c5ccd6',
    forcedColors: 'CanvasText', description: 'Borders of inputs and cards (at least 3:1 on the surface).',
  },
  'color-primary': {
    light: '#1d4f91', dark: '#8ab4f8', forcedColors: 'LinkText',
    description: 'Primary actions and links.',
  },
  'color-primary-contrast': {
    light: '#ffffff', dark: '#0b1a33', forcedColors: 'ButtonText',
    description: 'Text on a primary background.',
  },
  'color-accent': {
    light: '#b71c1c', dark: '#ff8a80', description: 'Civic red accent (badges, highlights).',
  },
  'color-accent-contrast': {
    light: '#ffffff', dark: '#2b0505', description: 'Text on an accent background.',
  },
  'color-focus': {
    light: '#ffdd00', forcedColors: 'Highlight', description: 'Focus ring (GOV.UK yellow).',
  },
  'color-focus-text': {
    light: '#0b0c0c', forcedColors: 'CanvasText', description: 'Text and inner ring on the focus colour.',
  },
  'color-success': {
    light: '#1e6b34', dark: '#7ddc94', description: 'Success text and borders.',
  },
  'color-warning': {
    light: '#8a4b00', dark: '#ffc46b', description: 'Warning text and borders.',
  },
  'color-danger': {
    light: '#b3261e', dark: '#ff8a80', forcedColors: 'CanvasText', description: 'Error text and borders.',
  },
  'color-info': {
    light: '#1d4f91', dark: '#8ab4f8', description: 'Information text and borders.',
  },

  // Type ------------------------------------------------------------------
  'font-family': {
    light: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
    description: 'Font stack, Chinese fonts first.',
  },
  'font-size-base': {
    light: 'max(1rem, 16px)', elder: 'max(1.25rem, 20px)',
    description: 'Body size. Never below 16px, even on pages that shrink the root font size.',
  },
  'font-size-sm': { light: 'calc(var(--_gr-font-size-base) * 0.875)', derived: true, description: 'Small text.' },
  'font-size-lg': { light: 'calc(var(--_gr-font-size-base) * 1.125)', derived: true, description: 'Lead text.' },
  'font-size-xl': { light: 'calc(var(--_gr-font-size-base) * 1.375)', derived: true, description: 'Headings.' },
  'font-size-xxl': { light: 'calc(var(--_gr-font-size-base) * 1.75)', derived: true, description: 'Titles.' },
  'line-height': { light: '1.6', elder: '1.7', description: 'Body line height (CJK needs more than Latin).' },
  'font-weight-bold': { light: '600', description: 'Bold weight.' },

  // Space and shape --------------------------------------------------------
  'space-1': { light: 'calc(var(--_gr-font-size-base) * 0.25)', derived: true, description: 'Spacing step 1.' },
  'space-2': { light: 'calc(var(--_gr-font-size-base) * 0.5)', derived: true, description: 'Spacing step 2.' },
  'space-3': { light: 'calc(var(--_gr-font-size-base) * 0.75)', derived: true, description: 'Spacing step 3.' },
  'space-4': { light: 'var(--_gr-font-size-base)', derived: true, description: 'Spacing step 4.' },
  'space-5': { light: 'calc(var(--_gr-font-size-base) * 1.5)', derived: true, description: 'Spacing step 5.' },
  'space-6': { light: 'calc(var(--_gr-font-size-base) * 2)', derived: true, description: 'Spacing step 6.' },
  'radius': { light: '4px', description: 'Corner radius.' },
  'target-size': { light: '44px', elder: '56px', description: 'Minimum size of anything clickable.' },
  'border-width': { light: '1px', elder: '2px', description: 'Border width of inputs and cards.' },
  'focus-width': { light: '3px', elder: '4px', description: 'Focus ring width.' },

  // Motion ----------------------------------------------------------------
  'motion-duration': {
    light: '150ms', reducedMotion: '0ms', description: 'Transition length; 0ms when the user prefers reduced motion.',
  },
} as const satisfies Record<string, TokenDef>;

export type TokenName = keyof typeof TOKENS;

const MODE_PREFIX: Record<TokenMode, string> = {
  light: PUBLIC_PREFIX,
  dark: `${PUBLIC_PREFIX}dark-`,
  elder: `${PUBLIC_PREFIX}elder-`,
  elderDark: `${PUBLIC_PREFIX}elder-dark-`,
};

/** The public custom property a portal sets for `token` in `mode`. */
export function publicName(token: TokenName, mode: TokenMode = 'light'): string {
  return `${MODE_PREFIX[mode]}${token}`;
}

/** The private custom property widget CSS reads, e.g. `var(--_gr-color-text)`. */
export function privateName(token: TokenName): string {
  return `${PRIVATE_PREFIX}${token}`;
}

/** The default value of `token` in `mode`, applying the fallbacks. */
export function tokenValue(token: TokenName, mode: TokenMode): string {
  const def: TokenDef = TOKENS[token];
  switch (mode) {
    case 'light':
      return def.light;
    case 'dark':
      return def.dark ?? def.light;
    case 'elder':
      return def.elder ?? def.light;
    case 'elderDark':
      return def.elderDark ?? def.elder ?? def.dark ?? def.light;
  }
}

function entries(): [TokenName, TokenDef][] {
  return Object.entries(TOKENS) as [TokenName, TokenDef][];
}

/** Declarations of the private tokens for one mode (only tokens that change in it). */
function declarations(mode: TokenMode): string {
  const lines: string[] = [];
  for (const [name, def] of entries()) {
    if (def.derived) {
      if (mode === 'light') lines.push(`  ${privateName(name)}: var(${publicName(name)}, ${def.light});`);
      continue;
    }
    const own =
      mode === 'light' ? def.light : mode === 'dark' ? def.dark : mode === 'elder' ? def.elder : def.elderDark;
    if (own === undefined) continue;
    lines.push(`  ${privateName(name)}: var(${publicName(name, mode)}, ${own});`);
  }
  return lines.join('\n');
}

function overrides(key: 'forcedColors' | 'reducedMotion'): string {
  return entries()
    .filter(([, def]) => def[key] !== undefined)
    .map(([name, def]) => `    ${privateName(name)}: ${def[key]} !important;`)
    .join('\n');
}

/**
 * The CSS text applied to `:host` of every widget. The base class reflects
 * the effective display options to the `effective-theme` and
 * `effective-elder-friendly` host attributes, which these rules select on.
 */
export function hostTokensCss(): string {
  const dark = declarations('dark');
  const elderDark = declarations('elderDark');
  return [
    `:host {\n${declarations('light')}\n}`,
    `:host([effective-theme='dark']) {\n${dark}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :host([effective-theme='auto']) {\n${indent(dark)}\n  }\n}`,
    `:host([effective-elder-friendly]) {\n${declarations('elder')}\n}`,
    `:host([effective-elder-friendly][effective-theme='dark']) {\n${elderDark}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :host([effective-elder-friendly][effective-theme='auto']) {\n${indent(elderDark)}\n  }\n}`,
    `@media (forced-colors: active) {\n  :host {\n${overrides('forcedColors')}\n  }\n}`,
    `@media (prefers-reduced-motion: reduce) {\n  :host {\n${overrides('reducedMotion')}\n  }\n}`,
  ].join('\n\n');
}

/**
 * The text of `src/styles/tokens.css`: every public, overridable token with
 * its default, for portals to read or copy. Including it as-is changes
 * nothing, because it repeats the defaults.
 */
export function referenceTokensCss(): string {
  const modes: [TokenMode, string][] = [
    ['light', 'Default (light)'],
    ['dark', 'Dark scheme'],
    ['elder', 'Elder-friendly'],
    ['elderDark', 'Elder-friendly, dark scheme'],
  ];
  const blocks = modes.map(([mode, title]) => {
    const lines = entries()
      .filter(([, def]) => !def.derived)
      .filter(([, def]) => mode === 'light' || (mode === 'dark' ? def.dark : mode === 'elder' ? def.elder : def.elderDark) !== undefined)
      .map(([name]) => `  ${publicName(name, mode)}: ${tokenValue(name, mode)};`);
    return `  /* ${title} */\n${lines.join('\n')}`;
  });
  const derived = entries()
    .filter(([, def]) => def.derived)
    .map(([name, def]) => ` *   ${publicName(name)}: ${def.light.replaceAll('--_gr-', '--gr-')}`)
    .join('\n');
  return [
    '/*',
    ' * grassroots-gov-widgets design tokens: REFERENCE ONLY.',
    ' * Generated from src/styles/token-values.ts by',
    ' * node scripts/generate-tokens-css.mjs; do not edit by hand.',
    ' * Widgets already carry these defaults. Set any of these properties on an',
    ' * ancestor of the widgets (or on the widget) to theme them.',
    ' * Derived from the base font size inside each widget (override with care):',
    derived,
    ' */',
    `:root {\n${blocks.join('\n\n')}\n}`,
    '',
  ].join('\n');
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
