/** The limits of one upload, stated on the import pages and enforced by the parser. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_LABEL = "5 MB";
export const MAX_ROWS = 5_000;
export const MAX_COLUMNS = 30;
/** What an .xlsx may hold once unpacked: a 5,000-row workbook is a few MB; a zip bomb is gigabytes. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const MAX_UNZIPPED_LABEL = "50 MB";
