/** The Vietnamese citation form of the officer's outputs (decision E11) lives in the core, shared with the web page. */
export { formatCitationVi } from '../../core/citation.js';
