// Types of css-literals.mjs, for vite.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(source: string): string;
export function esbuildCssLiterals(): EsbuildPlugin;
export function viteCssLiterals(): VitePlugin;
