/**
 * Above this many people the page's workbook leaves out the per-item detail and per-policy sheets (decision
 * E25): an in-memory workbook of 20,000 people with every sheet took about 1.8 GB and 20 s in Node, more than
 * an officer's browser tab should be asked for; the payout list, summary, list and rejected rows stay, and the
 * summary sheet and the page say what was left out and where to get it (`vnse assess --format xlsx` streams
 * them all). Its own module, so the first view reads the number without loading the workbook writer.
 */
export const FULL_BOOK_LIMIT = 5000;
