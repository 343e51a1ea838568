/** Text made safe for HTML: every value the page shows from input or results goes through this. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
