// The Vietnamese citation format is shared with the web page: it lives in src/core/citation.ts.
export { formatCitationVi } from '../../core/citation.js';
