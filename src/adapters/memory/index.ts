// The embedded default backend: a seeded city in memory.
export { createMemoryAdapter, DEFAULT_SEED, type MemoryAdapter, type MemoryControl } from './memory-adapter.js';
export { DEFAULT_SIZES, type MemoryAdapterOptions, type MemorySizes, type PersistOptions } from './options.js';
export { PERSONAS, personaSession, type PersonaName } from './personas.js';
export type { FaultOptions, ScriptedFault } from './faults.js';
export { CITY_NAME } from './world/areas.js';
