/** Version of the output shape (contract.md "Output"), shared by `assess`, `assess179` and `schedule179`. */
export const SCHEMA_VERSION = '1.0.0';
