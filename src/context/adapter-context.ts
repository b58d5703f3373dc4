import { createContext } from '@lit/context';
import type { Adapter } from '../adapters/contract.js';

/**
 * The adapter a provider hands to the widgets below it. The key is a
 * registered symbol (`Symbol.for`), so two bundled copies of the library on
 * one page still find each other's provider.
 */
export const adapterContext = createContext<Adapter | undefined>(Symbol.for('grassroots-gov-widgets/adapter'));
