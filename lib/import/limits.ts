/** The limits of one upload, stated on the import pages and enforced by the parser. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_LABEL = "5 MB";
export const MAX_ROWS = 5_000;
export const MAX_COLUMNS = 30;
