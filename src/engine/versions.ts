/** Version of the output shape (contract.md "Output"). */
export const SCHEMA_VERSION = '1.0.0';

/** Names the legal texts a result was computed under. */
export const RULESET_VERSIONS = {
  amended: 'nd178-2024+nd67-2025@2025-03-15',
  original: 'nd178-2024-original@2025-01-01',
} as const;
