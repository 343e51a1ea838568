import { version } from '../../package.json';
import { RULESET_VERSIONS, SCHEMA_VERSION } from '../engine/versions.js';

export const toolVersion: string = version;

/** `vnse --version`: the tool, the input schema and each ruleset, so a result can be reproduced. */
export function versionText(): string {
  const rules = Object.entries(RULESET_VERSIONS).map(([name, v]) => `${name} ${v}`).join(', ');
  return `vnse ${version}\nschema ${SCHEMA_VERSION}\nrules ${rules}\n`;
}
