// What the export buttons need, in one chunk loaded on the first export (most visits never export).
export { buildCsv } from '../shared/csv.js';
export { downloadBlob, serializeSvg, svgSize, svgToPng } from './chart-export.js';
export { statsCsvRows } from './view-csv.js';
