/** Performance mark set when the title first accepts input: start-up measurements stop there (tools/size). */
export const TITLE_MARK = 'hyosan:title-interactive';
