// The output shape's version lives in the model (Decree 179 reports it too); re-exported here.
export { SCHEMA_VERSION } from '../model/versions.js';

/** Names the legal texts a result was computed under. */
export const RULESET_VERSIONS = {
  amended: 'nd178-2024+nd67-2025@2025-03-15',
  original: 'nd178-2024-original@2025-01-01',
} as const;
