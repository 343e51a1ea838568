/**
 * Control characters of a text meant for a terminal, made visible: an id holding ESC sequences could
 * otherwise retitle the window, clear the screen or print fake totals (issue #13). C0 controls (except the
 * line feed and tab of the layout), DEL and C1 become `\xNN`; the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reorder what is shown, become `\uNNNN`.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
